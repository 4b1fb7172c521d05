import type { Person } from '../../directory';
import { isOfficer } from '../../directory';
import { orFormAgain } from '../../platform/bot/or-form-again';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { formatLongDate } from '../../platform/time/plain-date';
import type { FaqResult } from '../app/ports';
import { type FaqEntry, isOutOfDate } from '../domain/faq-entry';
import { type FaqResultView, faqResultsCard } from './faq-results-card';
import { londonMoment } from './question-views';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** How many results the bot's FAQ card shows. */
const RESULTS_SHOWN = 5;

/** An FAQ entry as cards show it; past its "valid until" on `today`, it says so and points to KCC. */
export function faqEntryView(entry: FaqEntry, today: string): FaqResultView {
  return {
    ...(isOutOfDate(entry, today)
      ? {
          outOfDate: `Out of date: this answer held until ${formatLongDate(entry.validUntil as string)}. Ask KCC for the current answer.`,
        }
      : {}),
    id: entry.id,
    themeId: entry.themeId,
    validUntil: entry.validUntil,
    question: entry.question,
    answer: entry.answer,
    themeName: entry.themeName,
    source: entry.source,
    updated: `${entry.publishedBy ? `published by ${entry.publishedBy}, ` : ''}updated ${londonMoment(entry.updatedAt).replace(/, \d\d:\d\d$/, '')}`,
  };
}

/** The FAQ card: search results for `query` (the latest entries when empty); officers can edit from it. */
export async function faqCard(
  person: Person,
  query: string,
  deps: QuestionsTeamsDeps,
  notice?: string,
  shown?: FaqEntry[],
): Promise<AdaptiveCard> {
  const results: FaqResultView[] = (
    shown ?? (await deps.questions.searchFaq(query, RESULTS_SHOWN)).map((r: FaqResult) => r.entry)
  ).map((entry) => faqEntryView(entry, deps.questions.today()));
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
  deps: QuestionsTeamsDeps,
): Promise<AdaptiveCard> {
  const id = typeof data.faqId === 'string' && data.faqId ? data.faqId : undefined;
  const key = id ?? 'new';
  const input = {
    question: String(data[`question_${key}`] ?? ''),
    answer: String(data[`answer_${key}`] ?? ''),
    themeId: String(data[`theme_${key}`] ?? ''),
    validUntil: String(data[`validUntil_${key}`] ?? '') || null,
  };
  return orFormAgain(
    async () => {
      const entry = id ? await deps.questions.editFaq(person, id, input) : await deps.questions.addFaq(person, input);
      return faqCard(person, '', deps, id ? 'Saved: the FAQ shows the new wording.' : 'Published to the FAQ.', [entry]);
    },
    (problem) => faqCard(person, String(data.query ?? ''), deps, `Not saved. ${problem}`),
  );
}

/** "Retire" on the FAQ card: the entry leaves the FAQ and search (officers). */
export async function retireFaqFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: QuestionsTeamsDeps,
): Promise<AdaptiveCard> {
  const entry = await deps.questions.retireFaq(person, String(data.faqId ?? ''));
  return faqCard(person, String(data.query ?? ''), deps, `Retired: "${entry.question}" is no longer in the FAQ.`);
}
