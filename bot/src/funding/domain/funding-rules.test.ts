import { SchoolCalendar } from '../../scheduling/domain/school-calendar';
import { earliestMeetingDate, lastSubmissionDate } from './agenda-cut-off';
import { commitmentShortfall, potOf, remainingOf } from './budget-ledger';
import { formatPence, parsePoundsToPence } from './pence';
import { pupilReferenceProblem } from './pupil-reference';

describe('pupil references', () => {
  it.each(['Y4-017', 'AB12', 'R-003', 'Y9 group B', 'JS', 'GRP-Y2-01', 'y10/112', 'EAL-04', 'SEMH 12'])(
    'accepts the school code %s',
    (code) => {
      expect(pupilReferenceProblem(code)).toBeUndefined();
    },
  );

  it.each([
    ['Tom Smith', '"Tom" looks like a first name'],
    ['Jones Okafor', "looks like a person's name"],
    ['amelia', '"amelia" looks like a first name'],
    ['Smith', 'looks like a name'],
    ['SMITH J', 'looks like an initial and a surname'],
    ['J SMITH', 'looks like an initial and a surname'],
    ['J. Smith', 'looks like an initial and a surname'],
    ['Smith, J', 'letters, digits, spaces'],
    ['OLIVER-Y4', '"OLIVER" looks like a first name'],
    ['tom.smith@school.example', 'letters, digits, spaces'],
    ['', 'Give a pupil reference'],
  ])('refuses %s, explaining that names are never stored', (text, why) => {
    const problem = pupilReferenceProblem(text);
    expect(problem).toContain(why);
    expect(problem).toContain('never a name');
  });
});

describe('money in pence', () => {
  it('formats pence as pounds and reads pounds exactly, never through floating point', () => {
    expect(formatPence(123456789)).toBe('£1,234,567.89');
    expect(formatPence(-5)).toBe('-£0.05');
    expect(parsePoundsToPence('£1,234.5')).toBe(123450);
    expect(parsePoundsToPence('0.29')).toBe(29);
    expect(parsePoundsToPence('1.005')).toBeUndefined();
    expect(parsePoundsToPence('12,34')).toBeUndefined();
  });

  it('keeps pot = allocation − protections = committed + remaining, and refuses a commitment that does not fit', () => {
    const figures = { allocationPence: 10000, protections: [{ label: 'P', amountPence: 2500 }], committedPence: 7000 };
    expect(potOf(figures.allocationPence, figures.protections)).toBe(7500);
    expect(remainingOf(figures)).toBe(500);
    expect(commitmentShortfall(figures, 500)).toBeUndefined();
    expect(commitmentShortfall(figures, 501)).toContain('£5.00 is left of £75.00');
  });
});

describe('the agenda cut-off', () => {
  const calendar = new SchoolCalendar(
    [
      { term: 1, startsOn: '2026-09-01', endsOn: '2026-10-23' },
      { term: 2, startsOn: '2026-11-02', endsOn: '2026-12-18' },
    ],
    [{ date: '2026-12-25', name: 'Christmas Day' }],
  );
  const known = { calendar, knownUntil: '2026-12-18', isBankHoliday: (d: string) => d === '2026-12-25' };

  it('counts five school days, skipping weekends and half term', () => {
    expect(earliestMeetingDate('2026-09-07', 5, known)).toBe('2026-09-14');
    expect(earliestMeetingDate('2026-10-21', 5, known)).toBe('2026-11-04');
  });

  it('counts weekdays that are not bank holidays beyond the known term dates', () => {
    expect(earliestMeetingDate('2026-12-18', 5, known)).toBe('2026-12-28');
  });

  it('tells the last day a request still reaches a meeting: five school days before, half term not counted', () => {
    expect(lastSubmissionDate('2026-12-03', 5, known)).toBe('2026-11-26');
    expect(earliestMeetingDate('2026-11-26', 5, known)).toBe('2026-12-03');
    expect(earliestMeetingDate('2026-11-27', 5, known) > '2026-12-03').toBe(true);
    expect(lastSubmissionDate('2026-11-04', 5, known)).toBe('2026-10-21');
  });
});
