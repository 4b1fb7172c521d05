import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { FaqEntry } from './faq-entry';

/** An FAQ entry as a document carries it: theme by name, and its source and date if it has them. */
interface DocumentEntry {
  /** The line its question heading is on (1-based), for pointing at problems. */
  line: number;
  theme: string;
  question: string;
  answer: string;
  source?: string;
  validUntil?: string;
}

/** A read FAQ document: its title (the `#` heading) and its entries in order. */
export interface FaqDocument {
  title?: string;
  entries: DocumentEntry[];
}

/** The most entries one document may bring (KCC's KELSI FAQ has about a hundred). */
const MAX_DOCUMENT_ENTRIES = 1000;

const SOURCE = '> Source: ';
const VALID_UNTIL = '> Valid until: ';

/**
 * The published FAQ as Markdown: `#` title, `##` per theme, `###` per question with its answer, then its source and
 * any "valid until" as quoted lines. Answer lines that would read as a heading or a quote are escaped, so
 * {@link readFaqDocument} gives back exactly what was written.
 */
export function writeFaqDocument(
  groups: { theme: string; entries: Pick<FaqEntry, 'question' | 'answer' | 'source' | 'validUntil'>[] }[],
  title: string,
): string {
  const lines = [`# ${title}`, ''];
  for (const group of groups) {
    lines.push(`## ${group.theme}`, '');
    for (const e of group.entries) {
      lines.push(`### ${e.question}`, '', ...e.answer.trim().split('\n').map(escapeLine), '');
      lines.push(`${SOURCE}${e.source}`);
      if (e.validUntil) lines.push(`${VALID_UNTIL}${e.validUntil}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Reads a document in the format {@link writeFaqDocument} writes (KCC's KELSI FAQ saved as Markdown reads the same way). */
export function readFaqDocument(text: string): FaqDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const document: FaqDocument = { entries: [] };
  const problems: Record<string, string> = {};
  let theme: string | undefined;
  let current: { line: number; theme: string; question: string; body: string[] } | undefined;
  // After a problem, the lines up to the next heading belong to it and are not reported again.
  let skipping = false;
  const finish = () => {
    if (current) document.entries.push(entryOf(current));
    current = undefined;
    skipping = false;
  };
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (!heading) {
      if (current) current.body.push(line);
      else if (line.trim() !== '' && !skipping) {
        problems[`line ${index + 1}`] = 'Text here belongs to no question: start each question with "### ".';
        skipping = true;
      }
      return;
    }
    finish();
    const [, marks, title] = heading as unknown as [string, string, string];
    if (marks === '#') document.title ??= title.trim();
    else if (marks === '##') theme = title.trim();
    else if (theme) current = { line: index + 1, theme, question: title.trim(), body: [] };
    else {
      problems[`line ${index + 1}`] = 'Put each question under a theme heading ("## Theme").';
      skipping = true;
    }
  });
  finish();
  if (document.entries.length > MAX_DOCUMENT_ENTRIES) {
    problems.document = `Import at most ${MAX_DOCUMENT_ENTRIES} questions at a time.`;
  }
  const found = Object.entries(problems);
  if (found.length > 0) {
    const summary = found.map(([where, problem]) => `${where}: ${problem}`).join(' ');
    throw new UserFacingError('invalid', `The document needs changing. ${summary}`, problems);
  }
  return document;
}

/** One entry from its heading and the lines under it: trailing quoted lines are its source and date. */
function entryOf(raw: { line: number; theme: string; question: string; body: string[] }): DocumentEntry {
  const body = [...raw.body];
  while (body.length > 0 && body.at(-1)?.trim() === '') body.pop();
  const entry: DocumentEntry = { line: raw.line, theme: raw.theme, question: raw.question, answer: '' };
  for (let last = body.at(-1); last?.startsWith('> '); last = body.at(-1)) {
    if (last.startsWith(SOURCE)) entry.source ??= last.slice(SOURCE.length).trim();
    else if (last.startsWith(VALID_UNTIL)) entry.validUntil ??= last.slice(VALID_UNTIL.length).trim();
    else break;
    body.pop();
  }
  entry.answer = body.map(unescapeLine).join('\n').trim();
  return entry;
}

/** An answer line that would start a heading or a quote, with a backslash in front. */
function escapeLine(line: string): string {
  return /^(#|>|\\)/.test(line) ? `\\${line}` : line;
}

/** The answer line as written, without the backslash {@link escapeLine} added. */
function unescapeLine(line: string): string {
  return /^\\(#|>|\\)/.test(line) ? line.slice(1) : line;
}
