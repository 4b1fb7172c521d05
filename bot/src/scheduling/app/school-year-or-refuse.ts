import { UserFacingError } from '../../platform/errors/user-facing-error';
import { isAcademicYear } from '../domain/cycle-months';
import type { MeetingsStore, SchoolYear } from './ports';

/** The year's term dates and holidays, or a clear refusal that says how to add them. */
export async function schoolYearOrRefuse(store: MeetingsStore, academicYearId: string): Promise<SchoolYear> {
  if (!isAcademicYear(academicYearId)) {
    throw new UserFacingError('invalid', `"${academicYearId}" is not an academic year; write it like 2026-27.`, {
      year: 'format YYYY-YY, e.g. 2026-27',
    });
  }
  const year = await store.schoolYear(academicYearId);
  if (!year) {
    throw new UserFacingError(
      'conflict',
      `Term dates for ${academicYearId} are not in the app yet, so no meetings can be planned for it. A KCC officer can add them (six terms with start and end dates) under Term dates on the tab's Meetings page, or with PUT /api/academic-years/${academicYearId}/terms.`,
    );
  }
  return year;
}
