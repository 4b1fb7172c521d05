import kentCalendar from '../../platform/demo/kent-calendar.json';

/** An academic year with its six terms, as published for Kent community and voluntary controlled schools. */
export interface AcademicYearTerms {
  id: string;
  startsOn: string;
  endsOn: string;
  terms: { term: number; startsOn: string; endsOn: string }[];
}

/** Kent term dates for the years the council has published (2025-26 and 2026-27). */
export function kentTermDates(): AcademicYearTerms[] {
  return Object.entries(kentCalendar.termDates).map(([id, terms]) => {
    const startYear = Number(id.slice(0, 4));
    return {
      id,
      startsOn: `${startYear}-09-01`,
      endsOn: `${startYear + 1}-08-31`,
      terms: terms.map((t) => ({ term: t.term, startsOn: t.start, endsOn: t.end })),
    };
  });
}
