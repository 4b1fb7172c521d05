import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { AreaOfNeed, FundingDecision, FundingRequest, MeetingRef, YearGroup } from '../domain/funding-request';

type Db = Kysely<Database> | Transaction<Database>;

/** The query every request read starts from: the request with its school, community and agenda meeting. */
function requestsQuery(db: Db) {
  return db
    .selectFrom('funding_requests as r')
    .innerJoin('schools as s', 's.id', 'r.school_id')
    .innerJoin('communities as c', 'c.id', 'r.community_id')
    .leftJoin('meetings as m', 'm.id', 'r.agenda_meeting_id')
    .selectAll('r')
    .select([
      's.name as school_name',
      'c.name as community_name',
      'm.title as meeting_title',
      'm.starts_at as meeting_start',
    ]);
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof requestsQuery>['execute']>>[number];

/** A request query narrowed by a filter. */
export type RequestsQuery = ReturnType<typeof requestsQuery>;

/** Reads requests matching a narrowing of the base query, each with its latest decision. */
export async function loadRequests(db: Db, narrow: (query: RequestsQuery) => RequestsQuery): Promise<FundingRequest[]> {
  const rows = await narrow(requestsQuery(db)).execute();
  const decisions = await latestDecisions(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toRequest(row, decisions.get(row.id) ?? null));
}

async function latestDecisions(db: Db, requestIds: string[]): Promise<Map<string, FundingDecision>> {
  const latest = new Map<string, FundingDecision>();
  for (let i = 0; i < requestIds.length; i += 1000) {
    const rows = await db
      .selectFrom('funding_decisions as d')
      .leftJoin('meetings as held', 'held.id', 'd.meeting_id')
      .leftJoin('meetings as later', 'later.id', 'd.deferred_to_meeting_id')
      .leftJoin('prg_services as p', 'p.id', 'd.prg_service_id')
      .selectAll('d')
      .select([
        'held.title as held_title',
        'held.starts_at as held_start',
        'later.title as later_title',
        'later.starts_at as later_start',
        'p.name as service_name',
      ])
      .where('d.request_id', 'in', requestIds.slice(i, i + 1000))
      .orderBy('d.sequence')
      .execute();
    for (const d of rows) {
      latest.set(d.request_id, {
        id: d.id,
        outcome: d.outcome,
        amountPence: d.amount_pence === null ? null : Number(d.amount_pence),
        reason: d.reason,
        decidedBy: d.decided_by,
        decidedAtMs: d.decided_at.getTime(),
        meeting: meetingRef(d.meeting_id, d.held_title, d.held_start),
        deferredTo: meetingRef(d.deferred_to_meeting_id, d.later_title, d.later_start),
        signpostedTo: d.prg_service_id ? { id: d.prg_service_id, name: d.service_name ?? d.prg_service_id } : null,
      });
    }
  }
  return latest;
}

function toRequest(row: RequestRow, decision: FundingDecision | null): FundingRequest {
  return {
    id: row.id,
    schoolId: row.school_id,
    schoolName: row.school_name,
    communityId: row.community_id,
    communityName: row.community_name,
    academicYear: row.academic_year_id,
    submittedBy: row.submitted_by,
    submittedAtMs: row.submitted_at.getTime(),
    pupilReference: row.pupil_reference,
    yearGroup: row.year_group as YearGroup,
    requestType: row.request_type,
    groupSize: row.group_size,
    areasOfNeed: row.areas_of_need as AreaOfNeed[],
    currentProvision: row.current_provision,
    whatIsWorking: row.what_is_working,
    hopedForOutcomes: row.hoped_for_outcomes,
    nextSteps: row.next_steps,
    amountPence: Number(row.amount_pence),
    periodStart: row.period_start,
    periodEnd: row.period_end,
    prgServiceIds: row.prg_service_ids,
    status: row.status,
    agendaMeeting: meetingRef(row.agenda_meeting_id, row.meeting_title, row.meeting_start),
    decision,
  };
}

function meetingRef(id: string | null, title: string | null, start: Date | null): MeetingRef | null {
  return id && title && start ? { id, title, startMs: start.getTime() } : null;
}
