import fc from 'fast-check';
import kentCalendar from '../../platform/demo/kent-calendar.json';
import { isoWeekday } from '../../platform/time/plain-date';
import { LONDON, zonedToInstant } from '../../platform/time/zoned-time';
import type { BusyTime } from './busy-time';
import { academicYearMonths, DEFAULT_CYCLE_MONTHS } from './cycle-months';
import { type CyclePlanInput, planCycle } from './cycle-planner';
import { SchoolCalendar } from './school-calendar';

const holidays = kentCalendar.bankHolidaysEnglandWales.map((date) => ({ date, name: 'Bank holiday' }));
const calendarFor = (year: '2025-26' | '2026-27') =>
  new SchoolCalendar(
    kentCalendar.termDates[year].map((t) => ({ term: t.term, startsOn: t.start, endsOn: t.end })),
    holidays,
  );

const inputFor = (year: '2025-26' | '2026-27', overrides: Partial<CyclePlanInput> = {}): CyclePlanInput => ({
  months: academicYearMonths(year, DEFAULT_CYCLE_MONTHS),
  window: { firstDay: 1, lastDay: 14 },
  calendar: calendarFor(year),
  weekdays: [2],
  startTime: '15:45',
  durationMinutes: 90,
  timeZone: LONDON,
  busy: [],
  bufferMinutes: 30,
  ...overrides,
});

describe('the meeting cycle planner', () => {
  it('plans Kent 2026-27 on Tuesdays: the first Tuesday in term in each window', () => {
    const plan = planCycle(inputFor('2026-27'));
    expect(plan.unplaced).toEqual([]);
    expect(plan.meetings.map((m) => [m.start, m.end])).toEqual([
      ['2026-09-01T15:45:00+01:00', '2026-09-01T17:15:00+01:00'],
      ['2026-11-03T15:45:00+00:00', '2026-11-03T17:15:00+00:00'],
      ['2026-12-01T15:45:00+00:00', '2026-12-01T17:15:00+00:00'],
      ['2027-01-05T15:45:00+00:00', '2027-01-05T17:15:00+00:00'],
      ['2027-03-02T15:45:00+00:00', '2027-03-02T17:15:00+00:00'],
      ['2027-05-04T15:45:00+01:00', '2027-05-04T17:15:00+01:00'],
      ['2027-06-08T15:45:00+01:00', '2027-06-08T17:15:00+01:00'],
    ]);
    expect(plan.meetings[6]?.reason).toBe(
      'The first Tuesday in 1–14 June that is a school day with everyone free (1 June is May half term).',
    );
  });

  it('plans Kent 2025-26 on Mondays, stepping over the Early May bank holiday', () => {
    const plan = planCycle(inputFor('2025-26', { weekdays: [1] }));
    expect(plan.meetings.map((m) => m.date)).toEqual([
      '2025-09-01',
      '2025-11-03',
      '2025-12-01',
      '2026-01-05',
      '2026-03-02',
      '2026-05-11',
      '2026-06-01',
    ]);
    expect(plan.meetings[5]?.reason).toContain('4 May is a bank holiday (Bank holiday)');
  });

  it('moves a meeting to another weekday in the window when a shared person is booked on the preferred one', () => {
    // 14:00–15:20 plus a 30-minute buffer reaches 15:50, past the 15:45 start: Tuesday 8 June is taken.
    const start = zonedToInstant('2027-06-08', '14:00', LONDON);
    const busy: BusyTime[] = [
      { startMs: start, endMs: start + 80 * 60000, description: 'Grace Norwood (SEN IA) at Dover East' },
    ];
    const june = planCycle(inputFor('2026-27', { months: ['2027-06'], busy }));
    expect(june.unplaced).toEqual([]);
    expect(june.meetings).toEqual([expect.objectContaining({ date: '2027-06-07', outsideWindow: false })]);
    expect(june.meetings[0]?.reason).toBe(
      'No Tuesday in 1–14 June works (1–4 June are May half term; 8 June clashes with Grace Norwood (SEN IA) at Dover East), so this is the first other school day in the window with everyone free.',
    );
  });

  it('goes outside the window, flagged and explained, when no school day in it is free', () => {
    const busy: BusyTime[] = ['07', '08', '09', '10', '11', '14'].map((day) => {
      const start = zonedToInstant(`2027-06-${day}`, '15:00', LONDON);
      return { startMs: start, endMs: start + 60 * 60000, description: 'Grace Norwood (SEN IA) at Dover East' };
    });
    const june = planCycle(inputFor('2026-27', { months: ['2027-06'], busy }));
    expect(june.unplaced).toEqual([
      {
        month: '2027-06',
        reason:
          'June 2027: 1–4 June are May half term; 8 June clashes with Grace Norwood (SEN IA) at Dover East. Nearest: Tuesday 15 June 2027 (outside the window).',
      },
    ]);
    expect(june.meetings).toEqual([expect.objectContaining({ date: '2027-06-15', outsideWindow: true })]);
  });

  it('accepts a meeting that ends exactly a buffer before the next one starts', () => {
    const start = zonedToInstant('2027-06-08', '13:45', LONDON);
    const busy: BusyTime[] = [{ startMs: start, endMs: start + 90 * 60000, description: 'x' }];
    expect(planCycle(inputFor('2026-27', { months: ['2027-06'], busy })).meetings[0]?.date).toBe('2027-06-08');
  });

  it('plans a year late without proposing dates that have passed', () => {
    const plan = planCycle(inputFor('2026-27', { earliestMs: zonedToInstant('2026-11-28', '12:00', LONDON) }));
    expect(plan.meetings.map((m) => m.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-03',
      '2027-05',
      '2027-06',
    ]);
    expect(plan.meetings[0]).toMatchObject({ date: '2026-11-30', outsideWindow: true }); // Still this month, flagged.
    expect(plan.skipped).toEqual([
      { month: '2026-09', reason: 'September 2026 is over, so it has no meeting this year.' },
    ]);
    const november = planCycle(inputFor('2026-27', { earliestMs: zonedToInstant('2026-11-04', '12:00', LONDON) }));
    expect(november.meetings[0]).toMatchObject({ date: '2026-11-10', outsideWindow: false });
    expect(november.meetings[0]?.reason).toContain('3 November has passed');
  });

  it('gives the same plan for the same input', () => {
    expect(planCycle(inputFor('2026-27', { weekdays: [3, 4] }))).toEqual(
      planCycle(inputFor('2026-27', { weekdays: [3, 4] })),
    );
  });

  it('never proposes a weekend, a bank holiday, a day out of term, or a double booking (property)', () => {
    const calendar = calendarFor('2026-27');
    const busyArb = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 330 }),
        hour: fc.integer({ min: 8, max: 18 }),
        minutes: fc.integer({ min: 15, max: 240 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 7, max: 16 }),
        fc.integer({ min: 30, max: 180 }),
        busyArb,
        (weekdays, hour, duration, busySpec) => {
          const base = zonedToInstant('2026-09-01', '00:00', LONDON);
          const busy = busySpec.map((b, i) => {
            const startMs = base + b.day * 86400000 + b.hour * 3600000;
            return { startMs, endMs: startMs + b.minutes * 60000, description: `busy ${i}` };
          });
          const input = inputFor('2026-27', {
            weekdays,
            startTime: `${String(hour).padStart(2, '0')}:30`,
            durationMinutes: duration,
            busy,
          });
          const plan = planCycle(input);
          for (const m of plan.meetings) {
            expect(calendar.isSchoolDay(m.date)).toBe(true);
            expect(isoWeekday(m.date)).toBeLessThanOrEqual(5);
            if (!weekdays.includes(isoWeekday(m.date))) expect(m.reason).toMatch(/^(No .* works|Outside)/);
            expect(m.outsideWindow).toBe(Number(m.date.slice(8, 10)) > 14);
            for (const b of busy) expect(m.startMs < b.endMs + 1800000 && b.startMs < m.endMs + 1800000).toBe(false);
          }
          const placedMonths = plan.meetings.filter((m) => !m.outsideWindow).map((m) => m.month);
          expect([...placedMonths, ...plan.unplaced.map((u) => u.month)].sort()).toEqual([...input.months].sort());
        },
      ),
      { numRuns: 150 },
    );
  });
});
