import { type Kysely, type Selectable, sql } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { NewOutboxMessage } from '../../platform/outbox/outbox-store';
import type {
  ClaimedMeeting,
  CreateEventOutcome,
  CycleKey,
  CycleWithMeetings,
  MeetingsStore,
  NewMeeting,
} from '../app/ports';
import type { Attendee, Meeting } from '../domain/meeting';
import { toMeeting } from './meeting-row';
import { SchedulingFactsRepository } from './scheduling-facts-repository';
import type { MeetingsTable } from './tables';

/** Cycles, meetings and their calendar progress in PostgreSQL; every change is audited in its transaction. */
export class MeetingsRepository extends SchedulingFactsRepository implements MeetingsStore {
  constructor(private readonly database: Kysely<Database>) {
    super(database);
  }

  async findCycle(key: CycleKey): Promise<CycleWithMeetings | undefined> {
    const row = await this.database
      .selectFrom('meeting_cycles')
      .select('id')
      .where('kind', '=', key.kind)
      .where(sql<string>`coalesce(community_id, '')`, '=', key.communityId ?? '')
      .where(sql<string>`coalesce(area_id, '')`, '=', key.areaId ?? '')
      .where('academic_year_id', '=', key.academicYearId)
      .executeTakeFirst();
    return row ? this.cycle(row.id) : undefined;
  }

  async cycle(cycleId: string): Promise<CycleWithMeetings | undefined> {
    const cycle = await this.database
      .selectFrom('meeting_cycles')
      .selectAll()
      .where('id', '=', cycleId)
      .executeTakeFirst();
    if (!cycle) return undefined;
    const meetings = await this.database
      .selectFrom('meetings')
      .selectAll()
      .where('cycle_id', '=', cycleId)
      .orderBy('starts_at')
      .orderBy('id')
      .execute();
    return {
      id: cycle.id,
      kind: cycle.kind,
      communityId: cycle.community_id,
      areaId: cycle.area_id,
      academicYearId: cycle.academic_year_id,
      createdBy: cycle.created_by,
      meetings: meetings.map(toMeeting),
    };
  }

  async createCycle(cycle: CycleKey & { id: string; createdBy: string }, meetings: NewMeeting[]): Promise<void> {
    await this.database.transaction().execute(async (tx) => {
      await tx
        .insertInto('meeting_cycles')
        .values({
          id: cycle.id,
          kind: cycle.kind,
          community_id: cycle.communityId,
          area_id: cycle.areaId,
          academic_year_id: cycle.academicYearId,
          created_by: cycle.createdBy,
        })
        .execute();
      for (const m of meetings) {
        await tx
          .insertInto('meetings')
          .values({
            id: m.id,
            cycle_id: cycle.id,
            community_id: m.communityId,
            title: m.title,
            month: m.month,
            starts_at: new Date(m.startMs),
            ends_at: new Date(m.endMs),
            time_zone: m.timeZone,
            organizer_mailbox: m.organizerMailbox,
            status: 'planned',
            transaction_id: m.transactionId,
            outside_window: m.outsideWindow,
          })
          .execute();
        if (m.attendees.length > 0) {
          await tx
            .insertInto('meeting_attendees')
            .values(m.attendees.map((a) => ({ meeting_id: m.id, person_id: a.personId, attendance: a.attendance })))
            .execute();
        }
      }
      await writeAudit(tx, {
        actorPersonId: cycle.createdBy,
        action: 'cycle.created',
        entityType: 'meeting_cycle',
        entityId: cycle.id,
        after: {
          ...cycle,
          meetings: meetings.map((m) => ({ id: m.id, month: m.month, startMs: m.startMs, endMs: m.endMs })),
        },
      });
    });
  }

  async attendeesOf(meetingId: string): Promise<Attendee[]> {
    const rows = await this.database
      .selectFrom('meeting_attendees')
      .innerJoin('people', 'people.id', 'meeting_attendees.person_id')
      .select(['people.id', 'people.email', 'people.display_name', 'meeting_attendees.attendance'])
      .where('meeting_attendees.meeting_id', '=', meetingId)
      .orderBy('people.display_name')
      .execute();
    return rows.map((r) => ({ personId: r.id, email: r.email, displayName: r.display_name, attendance: r.attendance }));
  }

  async claimForCreation(cycleId: string, staleAfterMs: number): Promise<ClaimedMeeting[]> {
    // Joined with itself, the row as it was before this update says whether an earlier run had claimed it.
    const rows = await this.database
      .updateTable('meetings')
      .from('meetings as before')
      .set({ status: 'creating', updated_at: sql`now()` })
      .whereRef('before.id', '=', 'meetings.id')
      .where('meetings.cycle_id', '=', cycleId)
      .where((eb) =>
        eb.or([
          eb('meetings.status', '=', 'planned'),
          eb.and([
            eb('meetings.status', '=', 'creating'),
            // The database's clock, the one updated_at was written with: instances' clocks may differ.
            eb(
              'meetings.updated_at',
              '<',
              sql<Date>`now() - ${`${Math.max(0, Math.round(staleAfterMs))} milliseconds`}::interval`,
            ),
          ]),
        ]),
      )
      .returningAll('meetings')
      .returning('before.status as status_before')
      .execute();
    return rows
      .map(({ status_before, ...row }) => ({ ...toMeeting(row), resumed: status_before === 'creating' }))
      .sort((a, b) => a.startMs - b.startMs);
  }

  async recordOutcome(outcome: CreateEventOutcome): Promise<void> {
    if (outcome.status === 'unknown') return; // Still claimed: resumed, with a lookup first, once its lease runs out.
    await this.database.transaction().execute(async (tx) => {
      const after =
        outcome.status === 'created'
          ? {
              status: 'created' as const,
              calendar_event_id: outcome.eventId,
              join_url: outcome.joinUrl,
              failure_reason: null,
            }
          : { status: 'failed' as const, failure_reason: outcome.reason };
      await tx
        .updateTable('meetings')
        .set({ ...after, updated_at: sql`now()` })
        .where('id', '=', outcome.meetingId)
        .where('status', '=', 'creating')
        .execute();
      await writeAudit(tx, {
        actorPersonId: null,
        action: `meeting.calendar.${outcome.status}`,
        entityType: 'meeting',
        entityId: outcome.meetingId,
        after,
      });
    });
  }

  async unfinishedCycleIds(): Promise<string[]> {
    const rows = await this.database
      .selectFrom('meetings')
      .select('cycle_id')
      .distinct()
      .where('status', 'in', ['planned', 'creating'])
      .execute();
    return rows.map((r) => r.cycle_id);
  }

  async meeting(meetingId: string): Promise<Meeting | undefined> {
    const row = await this.database.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirst();
    return row ? toMeeting(row) : undefined;
  }

  async meetingsStartingBetween(fromMs: number, toMs: number): Promise<Meeting[]> {
    const rows = await this.database
      .selectFrom('meetings')
      .selectAll()
      .where('status', '=', 'created')
      .where('starts_at', '>=', new Date(fromMs))
      .where('starts_at', '<', new Date(toMs))
      .orderBy('starts_at')
      .execute();
    return rows.map(toMeeting);
  }

  async listKitMeetings(academicYearId: string): Promise<Meeting[]> {
    const rows = await this.database
      .selectFrom('meetings')
      .innerJoin('meeting_cycles', 'meeting_cycles.id', 'meetings.cycle_id')
      .selectAll('meetings')
      .where('meeting_cycles.kind', '=', 'kit')
      .where('meeting_cycles.academic_year_id', '=', academicYearId)
      .orderBy('meetings.starts_at')
      .execute();
    return rows.map(toMeeting);
  }

  async listMeetings(filter: { communityId: string; academicYearId?: string }): Promise<Meeting[]> {
    let query = this.database
      .selectFrom('meetings')
      .innerJoin('meeting_cycles', 'meeting_cycles.id', 'meetings.cycle_id')
      .selectAll('meetings')
      .where('meetings.community_id', '=', filter.communityId);
    if (filter.academicYearId) query = query.where('meeting_cycles.academic_year_id', '=', filter.academicYearId);
    return (await query.orderBy('meetings.starts_at').execute()).map(toMeeting);
  }

  async reschedule(
    meetingId: string,
    startMs: number,
    endMs: number,
    actorId: string,
    notices: NewOutboxMessage[] = [],
  ): Promise<Meeting> {
    return this.changeMeeting(
      meetingId,
      actorId,
      'meeting.rescheduled',
      { starts_at: new Date(startMs), ends_at: new Date(endMs) },
      notices,
    );
  }

  async cancel(meetingId: string, comment: string, actorId: string): Promise<Meeting> {
    return this.changeMeeting(meetingId, actorId, 'meeting.cancelled', {
      status: 'cancelled',
      cancel_comment: comment,
    });
  }

  private async changeMeeting(
    meetingId: string,
    actorId: string,
    action: string,
    change: Partial<Pick<Selectable<MeetingsTable>, 'starts_at' | 'ends_at' | 'status' | 'cancel_comment'>>,
    notices: NewOutboxMessage[] = [],
  ): Promise<Meeting> {
    return this.database.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('meetings')
        .selectAll()
        .where('id', '=', meetingId)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw new UserFacingError('not-found', 'There is no such meeting.');
      if (before.status === 'cancelled')
        throw new UserFacingError('conflict', 'This meeting has already been cancelled.');
      const after = await tx
        .updateTable('meetings')
        .set({ ...change, updated_at: sql`now()` })
        .where('id', '=', meetingId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(tx, {
        actorPersonId: actorId,
        action,
        entityType: 'meeting',
        entityId: meetingId,
        before,
        after,
      });
      for (const notice of notices) await enqueueInTransaction(tx, notice);
      return toMeeting(after);
    });
  }
}
