import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkFaqEntry, type FaqEntry, type FaqEntryInput } from '../domain/faq-entry';
import type { FaqResult, QuestionsPorts } from './ports';

/** The most results one search returns. */
const MAX_SEARCH_RESULTS = 25;

/** Searches the published FAQ (anyone the app knows); an empty query lists the latest entries. */
export async function searchFaq(ports: QuestionsPorts, query: string, top = 5): Promise<FaqResult[]> {
  const wanted = Math.min(Math.max(1, Math.floor(top) || 5), MAX_SEARCH_RESULTS);
  const text = query.trim().slice(0, 500);
  if (text === '') {
    const latest = (await ports.catalog.all()).sort(
      (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
    );
    return latest.slice(0, wanted).map((entry) => ({ entry, score: 0, confidence: 0, coverage: 0 }));
  }
  return ports.catalog.search(text, { top: wanted });
}

/** Publishes a new FAQ entry (officers). */
export async function addFaqEntry(ports: QuestionsPorts, person: Person, input: FaqEntryInput): Promise<FaqEntry> {
  requireOfficer(person);
  const checked = checkFaqEntry(input, await ports.faq.themes());
  const entry = await ports.faq.add({ id: ports.newId(), ...checked }, person.id);
  ports.catalog.invalidate();
  return entry;
}

/** Rewrites a published entry (officers); a source or date left out stays as it was. */
export async function editFaqEntry(
  ports: QuestionsPorts,
  person: Person,
  id: string,
  input: FaqEntryInput,
): Promise<FaqEntry> {
  requireOfficer(person);
  const existing = await publishedEntry(ports, id);
  const kept = {
    source: input.source ?? existing.source,
    validUntil: input.validUntil === undefined ? existing.validUntil : input.validUntil,
  };
  const checked = checkFaqEntry({ ...input, ...kept }, await ports.faq.themes());
  const entry = await ports.faq.update(id, checked, person.id);
  ports.catalog.invalidate();
  return entry;
}

/** Retires an entry: it leaves the FAQ and search, and stays in the history (officers). */
export async function retireFaqEntry(ports: QuestionsPorts, person: Person, id: string): Promise<FaqEntry> {
  requireOfficer(person);
  await publishedEntry(ports, id);
  const entry = await ports.faq.retire(id, person.id);
  ports.catalog.invalidate();
  return entry;
}

/** The published entry with this id, or a 404 saying there is none. */
export async function publishedEntry(ports: QuestionsPorts, id: string): Promise<FaqEntry> {
  const entry = await ports.faq.entry(id);
  if (entry?.status !== 'published') throw new UserFacingError('not-found', 'There is no such published FAQ entry.');
  return entry;
}
