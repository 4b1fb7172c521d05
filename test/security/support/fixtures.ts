/** A question anyone might ask KCC, free of pupils' names. */
export const question = 'How do we ask for outreach support for a pupil who finds transitions hard?';
/** Six plausible terms of an academic year starting in September of `startYear`. */
export const terms = (startYear: number) =>
  [
    ['09-01', '10-22'],
    ['11-01', '12-17'],
    ['01-04', '02-11'],
    ['02-21', '03-31'],
    ['04-18', '05-26'],
    ['06-05', '07-21'],
  ].map(([from, to], i) => ({
    term: i + 1,
    startsOn: `${i < 2 ? startYear : startYear + 1}-${from}`,
    endsOn: `${i < 2 ? startYear : startYear + 1}-${to}`,
  }));
