import { isOfficer } from '../../directory/domain/access';
import type { Person } from '../../directory/domain/person';
import type { BotDependencies } from '../../platform/bot/bot-dependencies';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { FaqResult } from '../app/faq-catalog';
import type { FaqEntry } from '../domain/faq-entry';
import type { FaqEntryView } from './faq-entry-card';
import { type FaqResultView, faqResultsCard } from './faq-results-card';
import { londonMoment } from './question-views';

/** How many results the bot's FAQ card shows. */
const RESULTS_SHOWN = 5;

/** An FAQ entry as cards show it. */
export function faqEntryView(entry: FaqEntry): FaqEntryView & { id: string; themeId: string } {
  return {
    id: entry.id,
    themeId: entry.themeId,
    question: entry.question,
    answer: entry.answer,
    themeName: entry.themeName,
    source: entry.source,
    updated: londonMoment(entry.updatedAt).replace(/, \d\d:\d\d$/, ''),
  };
}

/** The FAQ card: search results for `query` (the latest entries when empty); officers can edit from it. */
export async function faqCard(
  person: Person,
  query: string,
  deps: BotDependencies,
  notice?: string,
  shown?: FaqEntry[],
): Promise<AdaptiveCard> {
  const results: FaqResultView[] = (
    shown ?? (await deps.questions.searchFaq(query, RESULTS_SHOWN)).map((r: FaqResult) => r.entry)
  ).map(faqEntryView);
  const canEdit = isOfficer(person);
  return faqResultsCard({
    query,
    results,
    canEdit,
    themes: canEdit ? await deps.questions.themes(person) : [],
    ...(notice ? { notice } : {}),
  });
}

/** "Publish" / "Save" on the FAQ card: adds an entry, or rewrites one (officers). */
export async function saveFaqFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: BotDependencies,
): Promise<AdaptiveCard> {
  const id = typeof data.faqId === 'string' && data.faqId ? data.faqId : undefined;
  const key = id ?? 'new';
  const input = {
    question: String(data[`question_${key}`] ?? ''),
    answer: String(data[`answer_${key}`] ?? ''),
    themeId: String(data[`theme_${key}`] ?? ''),
  };
  try {
    const entry = id ? await deps.questions.editFaq(person, id, input) : await deps.questions.addFaq(person, input);
    return faqCard(person, '', deps, id ? 'Saved: the FAQ shows the new wording.' : 'Published to the FAQ.', [entry]);
  } catch (error) {
    if (!(error instanceof UserFacingError) || error.code !== 'invalid') throw error;
    return faqCard(person, String(data.query ?? ''), deps, `Not saved. ${error.message}`);
  }
}

/** "Retire" on the FAQ card: the entry leaves the FAQ and search (officers). */
export async function retireFaqFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: BotDependencies,
): Promise<AdaptiveCard> {
  const entry = await deps.questions.retireFaq(person, String(data.faqId ?? ''));
  return faqCard(person, String(data.query ?? ''), deps, `Retired: "${entry.question}" is no longer in the FAQ.`);
}
