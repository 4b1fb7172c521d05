import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { isPlainDate } from '../../platform/time/plain-date';
import { isAcademicYear } from '../domain/cycle-months';
import type { Term } from '../domain/school-calendar';
import type { SchedulingPorts, SchoolYear } from './ports';

/** Adds or replaces an academic year's term dates (officers only), e.g. when KCC publishes 2027-28. */
export async function setTermDates(
  ports: SchedulingPorts,
  person: Person,
  academicYearId: string,
  terms: { term: number; startsOn: string; endsOn: string }[],
): Promise<SchoolYear> {
  requireOfficer(person);
  if (!isAcademicYear(academicYearId)) {
    throw new UserFacingError('invalid', `"${academicYearId}" is not an academic year; write it like 2027-28.`, {
      year: 'YYYY-YY',
    });
  }
  const startYear = Number(academicYearId.slice(0, 4));
  const startsOn = `${startYear}-09-01`;
  const endsOn = `${startYear + 1}-08-31`;
  const problems: Record<string, string> = {};
  const sorted = [...terms].sort((a, b) => a.term - b.term);
  sorted.forEach((t, i) => {
    const field = `terms[${i}]`;
    if (t.term !== i + 1) problems[`${field}.term`] = 'Number the terms 1, 2, 3… without gaps.';
    if (!isPlainDate(t.startsOn)) problems[`${field}.startsOn`] = 'Give the first day as YYYY-MM-DD.';
    else if (!isPlainDate(t.endsOn)) problems[`${field}.endsOn`] = 'Give the last day as YYYY-MM-DD.';
    else if (t.endsOn < t.startsOn) problems[`${field}.endsOn`] = 'A term must end on or after its first day.';
    else if (t.startsOn < startsOn || t.endsOn > endsOn)
      problems[field] = `Term ${t.term} must fall between ${startsOn} and ${endsOn}.`;
    else if (i > 0 && t.startsOn <= (sorted[i - 1] as Term).endsOn)
      problems[`${field}.startsOn`] = `Term ${t.term} starts before term ${i} ends.`;
  });
  if (terms.length < 1 || terms.length > 6) problems.terms = 'Give between one and six terms.';
  if (Object.keys(problems).length > 0) {
    throw new UserFacingError(
      'invalid',
      `The term dates need changing: ${Object.values(problems).join(' ')}`,
      problems,
    );
  }
  return ports.meetings.setSchoolYear({ id: academicYearId, startsOn, endsOn, terms: sorted }, person.id);
}
