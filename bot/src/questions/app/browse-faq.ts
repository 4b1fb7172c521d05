import { MAX_SORT_TEXT, type Page, type PageQuery, pageOfList, pageStart } from '../../platform/validation/keyset-page';
import type { FaqEntry } from '../domain/faq-entry';
import type { QuestionsPorts } from './ports';

/** A page of the published FAQ, by theme and then question (A–Z), for anyone browsing it. */
export async function browseFaq(ports: QuestionsPorts, query: PageQuery): Promise<Page<FaqEntry>> {
  const start = pageStart(query, 'text');
  return pageOfList(await ports.catalog.all(), start, (entry) => ({
    sort: `${entry.themeName} · ${entry.question}`.slice(0, MAX_SORT_TEXT),
    id: entry.id,
  }));
}
