import fc from 'fast-check';
import { addDays, formatLongDate, fromEpochDay, isoWeekday, isPlainDate, toEpochDay } from './plain-date';
import { formatZonedIso, LONDON, zonedToInstant } from './zoned-time';

describe('plain dates', () => {
  it('agree with the civil calendar for every day from 1900 to 2200 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (epochDay) => {
        const expected = new Date(epochDay * 86400000).toISOString().slice(0, 10);
        expect(fromEpochDay(epochDay)).toBe(expected);
        expect(toEpochDay(expected)).toBe(epochDay);
        expect(isoWeekday(expected)).toBe(((new Date(epochDay * 86400000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it('steps across month and year ends and leap days', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(formatLongDate('2027-06-08')).toBe('Tuesday 8 June 2027');
  });

  it('recognises real dates only', () => {
    expect(isPlainDate('2027-02-29')).toBe(false);
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('8/6/2027')).toBe(false);
  });
});

describe('London wall-clock time', () => {
  it('is UTC+1 in summer and UTC in winter', () => {
    expect(formatZonedIso(zonedToInstant('2026-09-01', '15:45', LONDON), LONDON)).toBe('2026-09-01T15:45:00+01:00');
    expect(formatZonedIso(zonedToInstant('2026-12-01', '15:45', LONDON), LONDON)).toBe('2026-12-01T15:45:00+00:00');
    expect(new Date(zonedToInstant('2026-09-01', '15:45', LONDON)).toISOString()).toBe('2026-09-01T14:45:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(formatZonedIso(zonedToInstant('2027-03-28', '09:00', LONDON), LONDON)).toBe('2027-03-28T09:00:00+01:00');
    expect(formatZonedIso(zonedToInstant('2026-10-25', '09:00', LONDON), LONDON)).toBe('2026-10-25T09:00:00+00:00');
  });
});
