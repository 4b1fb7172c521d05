import { buildDemoDirectory } from '../../directory';
import { addDays } from '../../platform/time/plain-date';
import { demoPastMeetings, kentSchoolCalendar } from '../../scheduling';
import { buildDemoFundingRequests, schoolDayFrom } from './demo-funding-requests';

/*
 * Demo data a Kent SENCo would believe: the checks are written from what schools know, not from the generator's
 * own tables, so a generator that drifts is caught.
 */
describe('the demo data', () => {
  const directory = buildDemoDirectory();
  const meetings = demoPastMeetings(directory.communities);
  const requests = buildDemoFundingRequests(directory, meetings);
  const schoolOf = new Map(directory.schools.map((s) => [s.id, s]));
  const areaOf = new Map(
    directory.communities.map((c) => [c.id, directory.districts.find((d) => d.id === c.districtId)?.areaId]),
  );
  const districtOf = new Map(directory.communities.map((c) => [c.id, c.districtId]));
  const yearNumber = (y: string) => (y === 'R' ? 0 : Number(y));

  it('asks for each pupil in a year group their school teaches: infants R–2, juniors 3–6, secondaries 7–11 (12–13 with a sixth form)', () => {
    const wrong = requests.flatMap((r) => {
      const school = schoolOf.get(r.schoolId);
      if (!school) return [`${r.id}: no school`];
      const year = yearNumber(r.yearGroup);
      const ok = school.name.endsWith('Infant School')
        ? year <= 2
        : school.name.endsWith('Junior School')
          ? year >= 3 && year <= 6
          : school.phase === 'primary'
            ? year <= 6
            : year >= 7 && (year <= 11 || /Sixth Form|Grammar School$/.test(school.name));
      return ok ? [] : [`${school.name}: Year ${r.yearGroup}`];
    });
    expect(wrong).toEqual([]);
    expect(requests.some((r) => schoolOf.get(r.schoolId)?.name.endsWith('Infant School'))).toBe(true);
  });

  it('gives each link practitioner and SEN Inclusion Adviser communities in one area, and each chair one district', () => {
    const spread = directory.people.flatMap((p) => {
      const serves = (role: string) => p.roles.filter((r) => r.role === role).map((r) => r.communityId as string);
      const areas = new Set([...serves('practitioner'), ...serves('senInclusionAdviser')].map((c) => areaOf.get(c)));
      const districts = new Set(serves('chair').map((c) => districtOf.get(c)));
      return areas.size > 1 || districts.size > 1 ? [`${p.displayName} (${p.jobTitle})`] : [];
    });
    expect(spread).toEqual([]);
    expect(directory.people.some((p) => p.roles.filter((r) => r.role === 'chair').length > 1)).toBe(true);
  });

  it('gives nobody the same name as anyone else, so two roles are never confused', () => {
    const names = directory.people.map((p) => p.displayName);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('submits, starts funding and decides on school days, decides after submitting, and explains every part approval', () => {
    const problems = requests.flatMap((r) => {
      const submitted = new Date(r.submittedAtMs).toISOString().slice(0, 10);
      const found: string[] = [];
      if (schoolDayFrom(submitted) !== submitted) found.push(`submitted ${submitted}`);
      if (schoolDayFrom(r.periodStart) !== r.periodStart) found.push(`starts ${r.periodStart}`);
      if (r.decision) {
        const decided = new Date(r.decision.decidedAtMs).toISOString().slice(0, 10);
        if (schoolDayFrom(decided) !== decided) found.push(`decided ${decided}`);
        if (r.decision.decidedAtMs <= r.submittedAtMs) found.push('decided before it was submitted');
        const held = meetings.find((m) => m.id === r.decision?.meetingId);
        if (!held || held.communityId !== r.communityId) found.push('decided outside a meeting of its community');
        else if (r.decision.decidedAtMs < held.startMs || r.decision.decidedAtMs > held.endMs)
          found.push('decided outside the meeting time');
        if (r.decision.outcome === 'approved' && (r.decision.amountPence ?? 0) < r.amountPence && !r.decision.reason) {
          found.push('part approval without a reason');
        }
      }
      return found.map((f) => `${r.pupilReference ?? r.id}: ${f}`);
    });
    expect(problems).toEqual([]);
  });

  it('decides each request at the first meeting of its community that it could reach, five school days after submitting', () => {
    const calendar = kentSchoolCalendar();
    const schoolDaysBetween = (from: string, to: string) => {
      let n = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isSchoolDay(d)) n++;
      return n;
    };
    const london = (ms: number) => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const problems = requests.flatMap((r) => {
      if (!r.decision) return [];
      const submitted = london(r.submittedAtMs);
      const reachable = meetings
        .filter((m) => m.communityId === r.communityId && schoolDaysBetween(submitted, m.date) >= 5)
        .sort((a, b) => a.startMs - b.startMs);
      return reachable[0]?.id === r.decision.meetingId && r.agendaMeetingId === r.decision.meetingId
        ? []
        : [`${r.pupilReference ?? r.id}: submitted ${submitted}, decided at ${r.decision.meetingId}`];
    });
    expect(problems).toEqual([]);
    expect(requests.filter((r) => r.decision).length).toBeGreaterThan(100);
  });

  it("holds each community's seven 2025-26 meetings on school days, on one of its preferred weekdays", () => {
    const calendar = kentSchoolCalendar();
    for (const c of directory.communities) {
      const own = meetings.filter((m) => m.communityId === c.id);
      expect(own.map((m) => m.month)).toEqual([
        '2025-09',
        '2025-11',
        '2025-12',
        '2026-01',
        '2026-03',
        '2026-05',
        '2026-06',
      ]);
      for (const m of own) {
        expect({ date: m.date, schoolDay: calendar.isSchoolDay(m.date) }).toEqual({ date: m.date, schoolDay: true });
        expect(c.preferredWeekdays).toContain(new Date(`${m.date}T12:00:00Z`).getUTCDay() || 7);
      }
    }
  });
});
