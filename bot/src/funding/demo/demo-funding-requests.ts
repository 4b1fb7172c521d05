import type { DemoDirectory } from '../../directory';
import { prgServices } from '../../directory';
import { SeededRandom } from '../../platform/demo/seeded-random';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { addDays } from '../../platform/time/plain-date';
import { LONDON, zonedToInstant } from '../../platform/time/zoned-time';
import { kentTermsAndHolidays } from '../../scheduling';
import {
  agendaMeetingFor,
  DEFAULT_CUT_OFF_SCHOOL_DAYS,
  earliestMeetingDate,
  knownSchoolDays,
} from '../domain/agenda-cut-off';
import { AREAS_OF_NEED, type AreaOfNeed, type RequestType } from '../domain/funding-request';
import { type DemoRequestText, demoRequestTexts } from './demo-funding-texts';
import { yearGroupsOf } from './school-year-groups';

/** A demo request with its decision (if decided); 2025-26 requests are decided at a meeting, a few June 2026 ones wait. */
interface DemoFundingRequest extends DemoRequestText {
  id: string;
  schoolId: string;
  communityId: string;
  academicYear: string;
  submittedBy: string;
  pupilReference: string | null;
  yearGroup: string;
  requestType: RequestType;
  groupSize: number | null;
  areasOfNeed: AreaOfNeed[];
  amountPence: number;
  periodStart: string;
  periodEnd: string;
  prgServiceIds: string[];
  status: 'submitted' | 'approved' | 'declined' | 'signposted' | 'withdrawn';
  submittedAtMs: number;
  /** The meeting whose agenda it joined (the first one the submission could reach), if the demo has one. */
  agendaMeetingId: string | null;
  decision: DemoDecision | null;
}

/** A community meeting the demo's requests can be decided at. */
interface DemoMeeting {
  id: string;
  communityId: string;
  /** Its London date. */
  date: string;
  startMs: number;
}

/** A demo decision, recorded by the community's chair. */
interface DemoDecision {
  id: string;
  outcome: 'approved' | 'declined' | 'signposted';
  amountPence: number | null;
  reason: string | null;
  prgServiceId: string | null;
  decidedBy: string;
  decidedAtMs: number;
  meetingId: string;
}

const TERMS_2025_26 = [
  ['2025-09-08', 30],
  ['2025-11-03', 35],
  ['2026-01-05', 30],
  ['2026-02-23', 28],
  ['2026-04-20', 18],
] as const;
const DECLINE_REASONS = [
  'The needs described can be met from the notional SEN budget (the first £6,000); please evidence the graduated approach over another term.',
  'The community asks for the outcomes of the current intervention before funding more of it; please bring the review to the next meeting.',
];
const PARTIAL_REASON =
  'The community funds the first term now and asks for the review of outcomes before funding the rest.';
const SIGNPOST_REASONS = [
  'The community recommends a consultation with this PRG service first; schools can contact it directly.',
  'This need is best met by the service named; the link practitioner will be in touch.',
];

/**
 * Builds the demo requests and decisions; deterministic, so every machine gets the same ones. Each 2025-26 request
 * joins the agenda of the first of its community's `meetings` it can reach (the real cut-off) and is decided there.
 */
export function buildDemoFundingRequests(
  directory: Pick<DemoDirectory, 'communities' | 'schools' | 'people'>,
  meetings: readonly DemoMeeting[],
) {
  const random = new SeededRandom(20250904);
  const meetingFor = agendaMeetingFinder(meetings);
  const representativeOf = new Map<string, string>();
  const chairOf = new Map<string, string>();
  for (const p of directory.people) {
    for (const r of p.roles) {
      if (r.role === 'representative' && r.schoolId) representativeOf.set(r.schoolId, p.id);
      if (r.role === 'chair' && r.communityId && !chairOf.has(r.communityId)) chairOf.set(r.communityId, p.id);
    }
  }
  const requests: DemoFundingRequest[] = [];
  for (const community of directory.communities) {
    const schools = directory.schools.filter((s) => s.communityId === community.id);
    const count = Math.round(schools.length * (1.5 + random.next()));
    for (let n = 0; n <= count; n++) {
      const pending = n === count;
      if (pending && random.next() < 0.5) continue;
      const school = random.pick(schools);
      const submittedOn = pending
        ? schoolDayFrom(addDays('2026-06-01', random.integer(0, 10)))
        : (() => {
            const [start, span] = random.pick(TERMS_2025_26);
            return schoolDayFrom(addDays(start, random.integer(0, span)));
          })();
      const type: RequestType = random.next() < 0.65 ? 'individual' : random.next() < 0.7 ? 'group' : 'wholeSchool';
      const area = random.pick(AREAS_OF_NEED);
      const second = random.next() < 0.3 ? random.pick(AREAS_OF_NEED.filter((a) => a !== area)) : undefined;
      const yearGroup = random.pick(yearGroupsOf(school));
      const base: [number, number] = { individual: [2000, 15000], group: [5000, 25000], wholeSchool: [8000, 40000] }[
        type
      ] as [number, number];
      const amountPence = random.integer(base[0] / 50, base[1] / 50) * 5000 + (random.next() < 0.2 ? 50 : 0);
      const id = uuidV5(`demo-funding-request:${community.id}:${n}`);
      const meeting = pending ? undefined : meetingFor(community.id, submittedOn);
      requests.push({
        id,
        schoolId: school.id,
        communityId: community.id,
        academicYear: '2025-26',
        submittedBy: representativeOf.get(school.id) as string,
        pupilReference:
          type === 'individual'
            ? `Y${yearGroup}-${String(random.integer(1, 240)).padStart(3, '0')}`
            : type === 'group'
              ? `Y${yearGroup} group ${random.pick(['A', 'B', 'C'])}`
              : null,
        yearGroup,
        requestType: type,
        groupSize: type === 'group' ? random.integer(3, 8) : null,
        areasOfNeed: second ? [area, second] : [area],
        ...random.pick(demoRequestTexts[area]),
        amountPence,
        periodStart: schoolDayFrom(addDays(submittedOn, 28)),
        periodEnd: pending ? '2027-07-21' : '2026-07-21',
        prgServiceIds: random.next() < 0.6 ? [random.pick(prgServices).id] : [],
        status: 'submitted',
        submittedAtMs: zonedToInstant(
          submittedOn,
          `${random.integer(8, 17)}:${random.pick(['05', '20', '40'])}`,
          LONDON,
        ),
        agendaMeetingId: meeting?.id ?? null,
        decision: null,
      });
      const request = requests[requests.length - 1] as DemoFundingRequest;
      if (!meeting) continue;
      const roll = random.next();
      if (roll < 0.08) {
        request.status = 'withdrawn';
        continue;
      }
      const outcome = roll < 0.72 ? 'approved' : roll < 0.85 ? 'signposted' : 'declined';
      const partial = outcome === 'approved' && roll < 0.12;
      request.status = outcome;
      request.decision = {
        id: uuidV5(`demo-funding-decision:${id}`),
        outcome,
        amountPence: outcome === 'approved' ? (partial ? Math.round(amountPence * 0.0075) * 100 : amountPence) : null,
        reason:
          outcome === 'declined'
            ? random.pick(DECLINE_REASONS)
            : outcome === 'signposted'
              ? random.pick(SIGNPOST_REASONS)
              : partial
                ? PARTIAL_REASON
                : null,
        prgServiceId: outcome === 'signposted' ? random.pick(prgServices).id : null,
        decidedBy: chairOf.get(community.id) as string,
        decidedAtMs: meeting.startMs + 45 * 60_000,
        meetingId: meeting.id,
      };
    }
  }
  return requests;
}

/** Kent's school days (term dates and bank holidays), for dates schools would really use. */
const kent = (() => {
  const { terms, holidays } = kentTermsAndHolidays();
  return knownSchoolDays(terms, holidays);
})();

/** The first meeting of a community a request submitted on a day can reach, by the app's own cut-off rule. */
function agendaMeetingFinder(meetings: readonly DemoMeeting[]) {
  const soonestFirst = [...meetings].sort((a, b) => a.startMs - b.startMs).map((m) => ({ ...m, startDate: m.date }));
  return (communityId: string, submittedOn: string) =>
    agendaMeetingFor(
      soonestFirst.filter((m) => m.communityId === communityId),
      earliestMeetingDate(submittedOn, DEFAULT_CUT_OFF_SCHOOL_DAYS, kent),
    );
}

/** The day itself when schools are open, or the next day they are. */
export function schoolDayFrom(date: string): string {
  let day = date;
  while (!kent.calendar.isSchoolDay(day)) day = addDays(day, 1);
  return day;
}
