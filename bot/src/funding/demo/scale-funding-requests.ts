import type { Insertable } from 'kysely';
import type { DemoDirectory } from '../../directory';
import { prgServices } from '../../directory';
import type { Database } from '../../platform/db/schema';
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
import { AREAS_OF_NEED, type RequestType } from '../domain/funding-request';
import { schoolDayFrom } from './demo-funding-requests';
import { demoRequestTexts } from './demo-funding-texts';
import { yearGroupsOf } from './school-year-groups';

/** What the scaled requests are built from: every community (the demo's too), its 2025-26 meetings and pots. */
export interface ScaleRequestsInput {
  directory: Pick<DemoDirectory, 'communities' | 'schools' | 'people'>;
  /** The 2025-26 community meetings the requests of that year are decided at. */
  meetings: readonly { id: string; communityId: string; date: string; startMs: number }[];
  /** What each community can still commit from its 2025-26 pot; an approval that does not fit is declined. */
  potPence: ReadonlyMap<string, number>;
  /** How many requests each community holds already (the demo's), so that every community ends as busy. */
  existing: ReadonlyMap<string, number>;
  /** How many requests to build: with the existing ones, each community gets a share by its number of schools. */
  count: number;
}

/** Rows ready to store: requests, the decisions on those decided and the ledger commitments of those approved. */
export interface ScaleRequestRows {
  requests: Insertable<Database['funding_requests']>[];
  decisions: Insertable<Database['funding_decisions']>[];
  ledger: Insertable<Database['ledger_entries']>[];
}

/** Submission windows of 2025-26 (start, days) as in the demo; 2026-27's autumn up to the end of November. */
const TERMS_2025_26 = [
  ['2025-09-08', 30],
  ['2025-11-03', 35],
  ['2026-01-05', 30],
  ['2026-02-23', 28],
  ['2026-04-20', 18],
] as const;
const AUTUMN_2026 = ['2026-09-07', 80] as const;
/** The share of requests of the current year (2026-27), still waiting for its first meeting to be planned. */
const CURRENT_YEAR_SHARE = 0.03;
const REASONS = {
  declined:
    'The needs described can be met from the notional SEN budget (the first £6,000); please evidence the graduated approach over another term.',
  signposted: 'The community recommends a consultation with this PRG service first; schools can contact it directly.',
  partial: 'The community funds the first term now and asks for the review of outcomes before funding the rest.',
  noMoney: "The community's pot for the year is fully committed; please bring the request back next year.",
};

/**
 * Builds `count` invented requests in the shape of the demo's (a pupil reference, never a name), smaller than the
 * demo's (about £1,000 to £15,000: at nine a school a year, most are a term's top-up): 2025-26 ones joined
 * the agenda of the first meeting of their community the cut-off allowed and were decided there (approved within the
 * pot, part-approved, signposted, declined or withdrawn); a few 2026-27 ones wait for the year's first meeting.
 */
export function buildScaleFundingRequests(input: ScaleRequestsInput): ScaleRequestRows {
  const random = new SeededRandom(20261204);
  const kent = knownKentDays();
  const rows: ScaleRequestRows = { requests: [], decisions: [], ledger: [] };
  const schoolsOf = groupBy(input.directory.schools, (s) => s.communityId);
  const meetingsOf = groupBy(
    [...input.meetings].sort((a, b) => a.startMs - b.startMs).map((m) => ({ ...m, startDate: m.date })),
    (m) => m.communityId,
  );
  const { representativeOf, chairOf } = roleHolders(input.directory.people);
  const pots = new Map(input.potPence);
  const instants = new Map<string, number>();
  const londonInstant = (date: string, time: string) => {
    const key = `${date}T${time}`;
    const known = instants.get(key) ?? zonedToInstant(date, time, LONDON);
    instants.set(key, known);
    return known;
  };
  const quotas = quotasBySchools(input.directory.communities, schoolsOf, input.existing, input.count);
  for (const [c, community] of input.directory.communities.entries()) {
    const schools = schoolsOf.get(community.id) ?? [];
    const chair = chairOf.get(community.id);
    for (let n = 0; n < (quotas[c] ?? 0); n++) {
      const school = random.pick(schools);
      const current = random.next() < CURRENT_YEAR_SHARE;
      const [start, span] = current ? AUTUMN_2026 : random.pick(TERMS_2025_26);
      const submittedOn = schoolDayFrom(addDays(start, random.integer(0, span)));
      const type: RequestType = random.next() < 0.65 ? 'individual' : random.next() < 0.7 ? 'group' : 'wholeSchool';
      const area = random.pick(AREAS_OF_NEED);
      const second = random.next() < 0.3 ? random.pick(AREAS_OF_NEED.filter((a) => a !== area)) : undefined;
      const yearGroup = random.pick(yearGroupsOf(school));
      const [low, high] = { individual: [1000, 6000], group: [2000, 10000], wholeSchool: [3000, 15000] }[type] as [
        number,
        number,
      ];
      const amountPence = random.integer(low / 50, high / 50) * 5000;
      const text = random.pick(demoRequestTexts[area]);
      const id = uuidV5(`scale-funding-request:${community.id}:${n}`);
      const meeting = current
        ? undefined
        : agendaMeetingFor(
            meetingsOf.get(community.id) ?? [],
            earliestMeetingDate(submittedOn, DEFAULT_CUT_OFF_SCHOOL_DAYS, kent),
          );
      const representative = representativeOf.get(school.id);
      if (!representative || !chair) throw new Error(`Scaled data: ${school.id} has no representative or chair`);
      const request = {
        id,
        school_id: school.id,
        community_id: community.id,
        academic_year_id: current ? '2026-27' : '2025-26',
        submitted_by: representative,
        idempotency_key: `demo:${id}`,
        payload_hash: 'demo',
        pupil_reference:
          type === 'individual'
            ? `Y${yearGroup}-${String(random.integer(1, 240)).padStart(3, '0')}`
            : type === 'group'
              ? `Y${yearGroup} group ${random.pick(['A', 'B', 'C'])}`
              : null,
        year_group: yearGroup,
        request_type: type,
        group_size: type === 'group' ? random.integer(3, 8) : null,
        areas_of_need: JSON.stringify(second ? [area, second] : [area]),
        current_provision: text.currentProvision,
        what_is_working: text.whatIsWorking,
        hoped_for_outcomes: text.hopedForOutcomes,
        next_steps: text.nextSteps,
        amount_pence: amountPence,
        period_start: schoolDayFrom(addDays(submittedOn, 28)),
        period_end: current ? '2027-07-21' : '2026-07-21',
        prg_service_ids: JSON.stringify(random.next() < 0.6 ? [random.pick(prgServices).id] : []),
        status: 'submitted' as Insertable<Database['funding_requests']>['status'],
        agenda_meeting_id: meeting?.id ?? null,
        submitted_at: new Date(
          londonInstant(submittedOn, `${random.integer(8, 17)}:${random.pick(['05', '20', '40'])}`),
        ),
      };
      rows.requests.push(request);
      const roll = random.next();
      if (!meeting || roll < 0.08) {
        if (roll < 0.08) request.status = 'withdrawn';
        continue;
      }
      const partial = roll < 0.12;
      const askedFor = partial ? Math.round(amountPence * 0.0075) * 100 : amountPence;
      const pot = pots.get(community.id) ?? 0;
      const fits = askedFor <= pot;
      const outcome: 'approved' | 'declined' | 'signposted' =
        roll < 0.72 ? (fits ? 'approved' : 'declined') : roll < 0.85 ? 'signposted' : 'declined';
      request.status = outcome;
      const decision: Insertable<Database['funding_decisions']> & { id: string; decided_at: Date } = {
        id: uuidV5(`scale-funding-decision:${id}`),
        request_id: id,
        outcome,
        amount_pence: outcome === 'approved' ? askedFor : null,
        reason:
          outcome === 'approved'
            ? partial
              ? REASONS.partial
              : null
            : roll < 0.72
              ? REASONS.noMoney
              : REASONS[outcome],
        prg_service_id: outcome === 'signposted' ? random.pick(prgServices).id : null,
        decided_by: chair,
        decided_at: new Date(meeting.startMs + 45 * 60_000),
        meeting_id: meeting.id,
      };
      rows.decisions.push(decision);
      if (outcome !== 'approved') continue;
      pots.set(community.id, pot - askedFor);
      rows.ledger.push({
        budget_id: uuidV5(`budget:${community.id}:2025-26`),
        request_id: id,
        decision_id: decision.id,
        kind: 'commitment',
        amount_pence: askedFor,
        created_by: chair,
        created_at: decision.decided_at,
      });
    }
  }
  return rows;
}

/**
 * What each community gets of `count`: the requests (existing and new) are shared by number of schools, and each
 * community's existing ones are taken off its share; the quotas add up to exactly `count`.
 */
function quotasBySchools(
  communities: readonly { id: string }[],
  schoolsOf: ReadonlyMap<string, readonly unknown[]>,
  existing: ReadonlyMap<string, number>,
  count: number,
): number[] {
  const all = count + communities.reduce((sum, c) => sum + (existing.get(c.id) ?? 0), 0);
  const schools = communities.reduce((sum, c) => sum + (schoolsOf.get(c.id)?.length ?? 0), 0);
  let before = 0;
  return communities.map((c) => {
    const after = before + (schoolsOf.get(c.id)?.length ?? 0);
    const quota =
      Math.round((all * after) / schools) - Math.round((all * before) / schools) - (existing.get(c.id) ?? 0);
    before = after;
    if (quota < 0) throw new Error(`Scaled data: ${c.id} already holds more requests than its share`);
    return quota;
  });
}

function knownKentDays() {
  const { terms, holidays } = kentTermsAndHolidays();
  return knownSchoolDays(terms, holidays);
}

function roleHolders(people: DemoDirectory['people']) {
  const representativeOf = new Map<string, string>();
  const chairOf = new Map<string, string>();
  for (const p of people) {
    for (const r of p.roles) {
      if (r.role === 'representative' && r.schoolId) representativeOf.set(r.schoolId, p.id);
      if (r.role === 'chair' && r.communityId && !chairOf.has(r.communityId)) chairOf.set(r.communityId, p.id);
    }
  }
  return { representativeOf, chairOf };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
