import kentCalendar from '../../platform/demo/kent-calendar.json';
import { type Holiday, SchoolCalendar, type Term } from '../domain/school-calendar';

/** Kent's published terms and England's bank holidays for the years the demo covers. */
export function kentTermsAndHolidays(): { terms: Term[]; holidays: Holiday[] } {
  return {
    terms: Object.values(kentCalendar.termDates).flatMap((terms) =>
      terms.map((t) => ({ term: t.term, startsOn: t.start, endsOn: t.end })),
    ),
    holidays: kentCalendar.bankHolidaysEnglandWales.map((date) => ({ date, name: 'bank holiday' })),
  };
}

/** Kent's school days for the years the demo covers. */
export function kentSchoolCalendar(): SchoolCalendar {
  const { terms, holidays } = kentTermsAndHolidays();
  return new SchoolCalendar(terms, holidays);
}
