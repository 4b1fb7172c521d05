import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { addDays, type PlainDate } from '../../platform/time/plain-date';
import type { FaqEntry } from '../domain/faq-entry';
import type { QuestionsPorts } from './ports';

/** How far ahead officers are warned of an answer reaching its date, unless they ask otherwise. */
const AGEING_WINDOW_DAYS = 30;

/** Published entries past their "valid until" or reaching it within `withinDays` of `today`, soonest first (officers). */
export async function ageingFaq(
  ports: QuestionsPorts,
  person: Person,
  today: PlainDate,
  withinDays = AGEING_WINDOW_DAYS,
): Promise<FaqEntry[]> {
  requireOfficer(person);
  const horizon = addDays(today, withinDays);
  return (await ports.catalog.all())
    .filter((e): e is FaqEntry & { validUntil: PlainDate } => e.validUntil !== null && e.validUntil <= horizon)
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil) || a.question.localeCompare(b.question));
}
