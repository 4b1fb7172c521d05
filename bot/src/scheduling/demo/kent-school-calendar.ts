import kentCalendar from '../../platform/demo/kent-calendar.json';
import { SchoolCalendar } from '../domain/school-calendar';

/** Kent's school days for the years the demo covers: the published term dates and England's bank holidays. */
export function kentSchoolCalendar(): SchoolCalendar {
  return new SchoolCalendar(
    Object.values(kentCalendar.termDates).flatMap((terms) =>
      terms.map((t) => ({ term: t.term, startsOn: t.start, endsOn: t.end })),
    ),
    kentCalendar.bankHolidaysEnglandWales.map((date) => ({ date, name: 'bank holiday' })),
  );
}
