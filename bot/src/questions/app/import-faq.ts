import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { readFaqDocument } from '../domain/faq-document';
import { checkFaqEntry } from '../domain/faq-entry';
import type { NewFaqEntry, QuestionsPorts } from './ports';

/** What an import did: how many entries it published, and which it left out and why. */
export interface FaqImport {
  imported: number;
  skipped: { question: string; reason: string }[];
}

/** The source an imported entry gets when neither the entry nor the document names one. */
const UNNAMED_DOCUMENT = 'Imported FAQ document';

/**
 * Publishes the entries of an FAQ document (the Markdown the export writes; officers). Every entry is checked first
 * and nothing is published unless all pass; a question already published (or repeated) is skipped, so importing the
 * same document again adds nothing. Entries without their own source keep the document (its title) as their source.
 */
export async function importFaq(
  ports: QuestionsPorts,
  person: Person,
  text: string,
  documentName?: string,
): Promise<FaqImport> {
  requireOfficer(person);
  if (text.trim() === '') {
    throw new UserFacingError(
      'invalid',
      'Send the FAQ document as the body (Content-Type: text/markdown), or as JSON {"markdown": "…"}.',
      {
        document: 'Send the Markdown document the FAQ export writes.',
      },
    );
  }
  const document = readFaqDocument(text);
  const source = (documentName?.trim() || document.title || UNNAMED_DOCUMENT).slice(0, 200);
  const [themes, published] = await Promise.all([ports.faq.themes(), ports.faq.published()]);
  const seen = new Set(published.map((e) => sameQuestion(e.question)));
  const problems: Record<string, string> = {};
  const entries: NewFaqEntry[] = [];
  const skipped: FaqImport['skipped'] = [];
  for (const entry of document.entries) {
    const key = sameQuestion(entry.question);
    if (seen.has(key)) {
      skipped.push({ question: entry.question, reason: 'Already in the FAQ.' });
      continue;
    }
    seen.add(key);
    try {
      const checked = checkFaqEntry({ ...entry, themeId: entry.theme, source: entry.source ?? source }, themes);
      entries.push({ id: ports.newId(), ...checked });
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      const fields = Object.entries(error.details ?? {}).map(([field, message]) => `${field}: ${message}`);
      problems[`line ${entry.line}`] = fields.join(' ') || error.message;
    }
  }
  if (Object.keys(problems).length > 0) {
    const summary = Object.entries(problems)
      .map(([line, problem]) => `${line}: ${problem}`)
      .join(' ');
    throw new UserFacingError('invalid', `Nothing was imported. ${summary}`, problems);
  }
  await ports.faq.addMany(entries, person.id);
  ports.catalog.invalidate();
  return { imported: entries.length, skipped };
}

/** A question as compared for sameness: case, spacing and final punctuation do not matter. */
function sameQuestion(question: string): string {
  return question
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .replace(/[\s?.!]+$/, '')
    .trim();
}
