import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { PageStart } from '../../platform/validation/keyset-page';
import type {
  DecisionCommand,
  FundingRequestsStore,
  NarrativeRead,
  NewFundingRequest,
  RequestEvent,
  RequestFilter,
} from '../app/ports';
import type { FundingRequest } from '../domain/funding-request';
import { UNDECIDED_STATUSES } from '../domain/request-lifecycle';
import { FundingFactsRepository } from './funding-facts-repository';
import { decideInTransaction, revokeInTransaction, withdrawInTransaction } from './funding-request-changes';
import { requestHistory } from './funding-request-history';
import { loadRequests, type RequestsQuery } from './funding-request-rows';

/** Narrows a request query to a filter; every present filter must match. */
function filtered(query: RequestsQuery, filter: RequestFilter): RequestsQuery {
  let q = query;
  if (filter.communityIds) q = q.where('r.community_id', 'in', nonEmpty(filter.communityIds));
  if (filter.schoolIds) q = q.where('r.school_id', 'in', nonEmpty(filter.schoolIds));
  const visibleTo = filter.visibleTo;
  if (visibleTo) {
    q = q.where((eb) =>
      eb.or([
        eb('r.community_id', 'in', nonEmpty(visibleTo.communityIds)),
        eb('r.school_id', 'in', nonEmpty(visibleTo.schoolIds)),
      ]),
    );
  }
  if (filter.status) q = q.where('r.status', '=', filter.status);
  if (filter.academicYear) q = q.where('r.academic_year_id', '=', filter.academicYear);
  if (filter.agendaMeetingId) q = q.where('r.agenda_meeting_id', '=', filter.agendaMeetingId);
  return q;
}

/** Funding requests and their decisions in PostgreSQL; each change is audited in its own transaction. */
export class FundingRequestsRepository extends FundingFactsRepository implements FundingRequestsStore {
  constructor(private readonly db: Kysely<Database>) {
    super(db);
  }

  async insertRequest(
    request: NewFundingRequest,
  ): Promise<{ request: FundingRequest; created: boolean; payloadHash: string }> {
    const created = await this.db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto('funding_requests')
        .values({
          id: request.id,
          school_id: request.schoolId,
          community_id: request.communityId,
          academic_year_id: request.academicYear,
          submitted_by: request.submittedBy,
          idempotency_key: request.idempotencyKey,
          payload_hash: request.payloadHash,
          pupil_reference: request.pupilReference ?? null,
          year_group: request.yearGroup,
          request_type: request.requestType,
          group_size: request.groupSize ?? null,
          areas_of_need: JSON.stringify(request.areasOfNeed),
          current_provision: request.currentProvision,
          what_is_working: request.whatIsWorking,
          hoped_for_outcomes: request.hopedForOutcomes,
          next_steps: request.nextSteps,
          amount_pence: request.amountPence,
          period_start: request.periodStart,
          period_end: request.periodEnd,
          prg_service_ids: JSON.stringify(request.prgServiceIds),
          status: request.agendaMeetingId ? 'onAgenda' : 'submitted',
          agenda_meeting_id: request.agendaMeetingId,
          submitted_at: new Date(request.submittedAtMs),
        })
        .onConflict((oc) => oc.columns(['submitted_by', 'idempotency_key']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return false;
      await writeAudit(tx, {
        actorPersonId: request.submittedBy,
        action: 'funding-request.submitted',
        entityType: 'funding_request',
        entityId: request.id,
        after: submissionAudit(request),
      });
      return true;
    });
    const stored = created
      ? await this.db
          .selectFrom('funding_requests')
          .select(['id', 'payload_hash'])
          .where('id', '=', request.id)
          .executeTakeFirstOrThrow()
      : await this.db
          .selectFrom('funding_requests')
          .select(['id', 'payload_hash'])
          .where('submitted_by', '=', request.submittedBy)
          .where('idempotency_key', '=', request.idempotencyKey)
          .executeTakeFirstOrThrow();
    return { request: (await this.request(stored.id)) as FundingRequest, created, payloadHash: stored.payload_hash };
  }

  async request(requestId: string): Promise<FundingRequest | undefined> {
    return (await loadRequests(this.db, (q) => q.where('r.id', '=', requestId)))[0];
  }

  async recordNarrativeRead(requestId: string, personId: string): Promise<void> {
    await this.db
      .insertInto('narrative_reads')
      .values({ funding_request_id: requestId, person_id: personId })
      .execute();
  }

  async history(requestId: string): Promise<RequestEvent[]> {
    return requestHistory(this.db, requestId);
  }

  async narrativeReads(requestId: string): Promise<NarrativeRead[]> {
    const rows = await this.db
      .selectFrom('narrative_reads as n')
      .innerJoin('people as p', 'p.id', 'n.person_id')
      .select(['n.person_id', 'p.display_name', 'n.read_at'])
      .where('n.funding_request_id', '=', requestId)
      .orderBy('n.id')
      .execute();
    return rows.map((r) => ({
      personId: r.person_id,
      displayName: r.display_name,
      readAtMs: new Date(r.read_at).getTime(),
    }));
  }

  async listRequests(filter: RequestFilter): Promise<FundingRequest[]> {
    return loadRequests(this.db, (q) => filtered(q, filter).orderBy('r.submitted_at', 'desc').orderBy('r.id'));
  }

  async pageRequests(filter: RequestFilter, start: PageStart): Promise<FundingRequest[]> {
    // Keyed on the submission instant (kept to the millisecond a cursor carries: the column is timestamptz(3), migration 0024) and the id, both
    // descending, as the indexes on (submitted_at, id) are.
    return loadRequests(this.db, (q) => {
      let query = filtered(q, filter);
      const after = start.after;
      if (after) {
        query = query.where((eb) =>
          eb(eb.tuple(eb.ref('r.submitted_at'), eb.ref('r.id')), '<', eb.tuple(new Date(after.sort), after.id)),
        );
      }
      return query
        .orderBy('r.submitted_at', 'desc')
        .orderBy('r.id', 'desc')
        .limit(start.limit + 1);
    });
  }

  async strandedRequests(communityIds: string[] | null, endedBeforeMs: number): Promise<FundingRequest[]> {
    return loadRequests(this.db, (q) => {
      const query = q
        .where('r.status', 'in', [...UNDECIDED_STATUSES])
        .where((eb) =>
          eb.or([
            eb('r.agenda_meeting_id', 'is', null),
            eb('m.status', 'in', ['cancelled', 'failed']),
            eb('m.ends_at', '<', new Date(endedBeforeMs)),
          ]),
        );
      return communityIds ? query.where('r.community_id', 'in', nonEmpty(communityIds)) : query;
    });
  }

  async placeOnAgenda(placements: { requestId: string; meetingId: string; academicYear: string }[]): Promise<void> {
    // Rows are locked in id order, so two instances placing the same requests wait for each other, never deadlock.
    const inIdOrder = [...placements].sort((a, b) => a.requestId.localeCompare(b.requestId));
    await this.db.transaction().execute(async (tx) => {
      for (const p of inIdOrder) {
        const before = await tx
          .selectFrom('funding_requests')
          .select(['status', 'agenda_meeting_id', 'academic_year_id'])
          .where('id', '=', p.requestId)
          .where('status', 'in', [...UNDECIDED_STATUSES])
          .forUpdate()
          .executeTakeFirst();
        if (!before || before.agenda_meeting_id === p.meetingId) continue;
        const after = {
          status: before.status === 'deferred' ? ('deferred' as const) : ('onAgenda' as const),
          agenda_meeting_id: p.meetingId,
          academic_year_id: p.academicYear,
        };
        await tx
          .updateTable('funding_requests')
          .set({ ...after, updated_at: sql`now()` })
          .where('id', '=', p.requestId)
          .execute();
        await writeAudit(tx, {
          actorPersonId: null,
          action: 'funding-request.placed-on-agenda',
          entityType: 'funding_request',
          entityId: p.requestId,
          before,
          after,
        });
      }
    });
  }

  async withdraw(requestId: string, actorId: string): Promise<FundingRequest> {
    await this.db.transaction().execute((tx) => withdrawInTransaction(tx, requestId, actorId));
    return this.requestOrThrow(requestId);
  }

  async decide(command: DecisionCommand): Promise<FundingRequest> {
    await this.db.transaction().execute((tx) => decideInTransaction(tx, command));
    return this.requestOrThrow(command.requestId);
  }

  async revoke(command: Parameters<FundingRequestsStore['revoke']>[0]): Promise<FundingRequest> {
    await this.db.transaction().execute((tx) => revokeInTransaction(tx, command));
    return this.requestOrThrow(command.requestId);
  }

  private async requestOrThrow(requestId: string): Promise<FundingRequest> {
    const found = await this.request(requestId);
    if (!found) throw new UserFacingError('not-found', 'There is no such funding request.');
    return found;
  }
}

function nonEmpty(ids: string[]): string[] {
  return ids.length > 0 ? ids : [''];
}

/** What the audit keeps of a submission: every fact but the narrative, which lives only on the request (its length shows it was given). */
function submissionAudit(request: NewFundingRequest) {
  const {
    payloadHash: _hash,
    idempotencyKey: _key,
    currentProvision,
    whatIsWorking,
    hopedForOutcomes,
    nextSteps,
    ...facts
  } = request;
  const narrativeCharacters = { currentProvision, whatIsWorking, hopedForOutcomes, nextSteps };
  return {
    ...facts,
    narrativeCharacters: Object.fromEntries(Object.entries(narrativeCharacters).map(([k, v]) => [k, v.length])),
  };
}
