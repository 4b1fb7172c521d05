import { buildDemoDirectory } from '../../directory/demo/demo-directory';
import kentCalendar from '../../platform/demo/kent-calendar.json';
import { englandAndWalesBankHolidays } from './bank-holidays';
import { kentTermDates } from './kent-term-dates';

describe('Kent calendar facts', () => {
  it('takes England and Wales bank holidays from date-holidays, with substitute days instead of weekend days', () => {
    const days = englandAndWalesBankHolidays(2025, 2028).map((d) => d.date);
    expect(days).toEqual(kentCalendar.bankHolidaysEnglandWales);
  });

  it('has six terms for each published year, each inside its academic year', () => {
    for (const year of kentTermDates()) {
      expect(year.terms.map((t) => t.term)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const term of year.terms) {
        expect(term.startsOn >= year.startsOn && term.endsOn <= year.endsOn).toBe(true);
        expect(term.startsOn <= term.endsOn).toBe(true);
      }
    }
    expect(kentTermDates().map((y) => y.id)).toEqual(['2025-26', '2026-27']);
  });
});

describe('the demo directory', () => {
  it('is the same on every build, so ids in docs and playground config stay valid', () => {
    expect(JSON.stringify(buildDemoDirectory())).toBe(JSON.stringify(buildDemoDirectory()));
  });

  it('uses only reserved example email domains and unique emails', () => {
    const emails = buildDemoDirectory().people.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/\.demo\.example$/);
  });

  it("covers Kent's 4 areas and 12 districts", () => {
    const demo = buildDemoDirectory();
    expect(demo.areas.map((a) => a.name)).toEqual(['North Kent', 'South Kent', 'East Kent', 'West Kent']);
    expect(demo.districts).toHaveLength(12);
    expect(new Set(demo.communities.map((c) => c.districtId)).size).toBe(12);
  });
});
