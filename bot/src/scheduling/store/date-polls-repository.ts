import { type Kysely, sql, type Transaction } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { NewOutboxMessage } from '../../platform/outbox/outbox-store';
import type { DatePollStore, NewDatePoll } from '../app/date-poll-store';
import type { DatePoll, PollAnswer, PollDate } from '../domain/date-poll';

/** Polls of next year's dates in PostgreSQL (or PGlite); answers and changes take a lock on their poll. */
export class DatePollsRepository implements DatePollStore {
  constructor(private readonly db: Kysely<Database>) {}

  async openPollId(communityId: string, academicYearId: string): Promise<string | undefined> {
    const row = await this.pollsOf(communityId, academicYearId).where('status', '=', 'open').executeTakeFirst();
    return row?.id;
  }

  async latestPollId(communityId: string, academicYearId: string): Promise<string | undefined> {
    const row = await this.pollsOf(communityId, academicYearId)
      .orderBy(sql`status = 'open'`, 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .executeTakeFirst();
    return row?.id;
  }

  /** The ids of a community's polls of a year. */
  private pollsOf(communityId: string, academicYearId: string) {
    return this.db
      .selectFrom('date_polls')
      .select('id')
      .where('community_id', '=', communityId)
      .where('academic_year_id', '=', academicYearId);
  }

  async create(poll: NewDatePoll, invitation: (personId: string) => NewOutboxMessage): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto('date_polls')
        .values({
          id: poll.id,
          community_id: poll.communityId,
          academic_year_id: poll.academicYearId,
          created_by: poll.createdBy,
          closes_at: new Date(poll.closesAtMs),
        })
        .onConflict((oc) => oc.columns(['community_id', 'academic_year_id']).where('status', '=', 'open').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return false;
      await tx
        .insertInto('date_poll_dates')
        .values(
          poll.dates.map((d) => ({
            poll_id: poll.id,
            month: d.month,
            starts_at: new Date(d.startMs),
            ends_at: new Date(d.endMs),
          })),
        )
        .execute();
      if (poll.inviteeIds.length > 0) {
        await tx
          .insertInto('date_poll_invitees')
          .values(poll.inviteeIds.map((person_id, position) => ({ poll_id: poll.id, person_id, position })))
          .execute();
      }
      for (const personId of poll.inviteeIds) await enqueueInTransaction(tx, invitation(personId));
      await writeAudit(tx, {
        actorPersonId: poll.createdBy,
        action: 'date-poll.started',
        entityType: 'date-poll',
        entityId: poll.id,
        after: { communityId: poll.communityId, academicYear: poll.academicYearId, dates: poll.dates },
      });
      return true;
    });
  }

  async poll(id: string): Promise<DatePoll | undefined> {
    const row = await this.db
      .selectFrom('date_polls')
      .innerJoin('communities', 'communities.id', 'date_polls.community_id')
      .selectAll('date_polls')
      .select('communities.name as community_name')
      .where('date_polls.id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [dates, earlier, invitees, answers] = await Promise.all([
      this.db.selectFrom('date_poll_dates').selectAll().where('poll_id', '=', id).orderBy('month').execute(),
      this.db
        .selectFrom('date_poll_earlier_dates')
        .selectAll()
        .where('poll_id', '=', id)
        .orderBy('month')
        .orderBy('round')
        .execute(),
      this.db
        .selectFrom('date_poll_invitees')
        .innerJoin('people', 'people.id', 'date_poll_invitees.person_id')
        .select(['people.id', 'people.display_name'])
        .where('poll_id', '=', id)
        .orderBy('position')
        .execute(),
      this.db.selectFrom('date_poll_answers').selectAll().where('poll_id', '=', id).execute(),
    ]);
    return {
      id: row.id,
      communityId: row.community_id,
      communityName: row.community_name,
      academicYearId: row.academic_year_id,
      createdBy: row.created_by,
      status: row.status,
      closesAtMs: new Date(row.closes_at).getTime(),
      cycleId: row.cycle_id,
      dates: dates.map((d) => ({
        month: d.month,
        startMs: new Date(d.starts_at).getTime(),
        endMs: new Date(d.ends_at).getTime(),
        round: d.round,
      })),
      earlierDates: earlier.map((d) => ({
        month: d.month,
        startMs: new Date(d.starts_at).getTime(),
        endMs: new Date(d.ends_at).getTime(),
      })),
      invitees: invitees.map((i) => ({ personId: i.id, displayName: i.display_name })),
      answers: answers.map((a) => ({ personId: a.person_id, month: a.month, works: a.works, reason: a.reason })),
    };
  }

  async answer(pollId: string, personId: string, answers: Omit<PollAnswer, 'personId'>[]): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      if (!(await lockOpenPoll(tx, pollId))) return false;
      for (const a of answers) {
        await tx
          .insertInto('date_poll_answers')
          .values({ poll_id: pollId, person_id: personId, month: a.month, works: a.works, reason: a.reason })
          .onConflict((oc) =>
            oc
              .columns(['poll_id', 'person_id', 'month'])
              .doUpdateSet({ works: a.works, reason: a.reason, answered_at: new Date() }),
          )
          .execute();
      }
      await writeAudit(tx, {
        actorPersonId: personId,
        action: 'date-poll.answered',
        entityType: 'date-poll',
        entityId: pollId,
        after: answers.map(({ month, works }) => ({ month, works })),
      });
      return true;
    });
  }

  async replaceDate(
    pollId: string,
    date: Omit<PollDate, 'round'>,
    actorId: string,
    notice: (personId: string, round: number) => NewOutboxMessage,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      if (!(await lockOpenPoll(tx, pollId))) return false;
      const before = await tx
        .selectFrom('date_poll_dates')
        .selectAll()
        .where('poll_id', '=', pollId)
        .where('month', '=', date.month)
        .executeTakeFirstOrThrow();
      const round = before.round + 1;
      await tx
        .insertInto('date_poll_earlier_dates')
        .values({
          poll_id: pollId,
          month: date.month,
          round: before.round,
          starts_at: before.starts_at,
          ends_at: before.ends_at,
        })
        .execute();
      await tx
        .updateTable('date_poll_dates')
        .set({ starts_at: new Date(date.startMs), ends_at: new Date(date.endMs), round })
        .where('poll_id', '=', pollId)
        .where('month', '=', date.month)
        .execute();
      await tx.deleteFrom('date_poll_answers').where('poll_id', '=', pollId).where('month', '=', date.month).execute();
      const invitees = await tx
        .selectFrom('date_poll_invitees')
        .select('person_id')
        .where('poll_id', '=', pollId)
        .execute();
      for (const { person_id } of invitees) await enqueueInTransaction(tx, notice(person_id, round));
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'date-poll.date-replaced',
        entityType: 'date-poll',
        entityId: pollId,
        before: { month: date.month, start: before.starts_at, end: before.ends_at },
        after: { month: date.month, start: new Date(date.startMs), end: new Date(date.endMs), round },
      });
      return true;
    });
  }

  async confirm(pollId: string, cycleId: string, actorId: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      if (!(await lockOpenPoll(tx, pollId))) return;
      await tx
        .updateTable('date_polls')
        .set({ status: 'confirmed', cycle_id: cycleId })
        .where('id', '=', pollId)
        .execute();
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'date-poll.confirmed',
        entityType: 'date-poll',
        entityId: pollId,
        after: { cycleId },
      });
    });
  }

  async openPollsClosingBetween(fromMs: number, toMs: number): Promise<DatePoll[]> {
    const rows = await this.db
      .selectFrom('date_polls')
      .select('id')
      .where('status', '=', 'open')
      .where('closes_at', '>', new Date(fromMs))
      .where('closes_at', '<', new Date(toMs))
      .execute();
    const polls = await Promise.all(rows.map((r) => this.poll(r.id)));
    return polls.filter((p): p is DatePoll => p !== undefined);
  }

  async enqueue(messages: NewOutboxMessage[]): Promise<number> {
    let queued = 0;
    for (const message of messages) if (await enqueueInTransaction(this.db, message)) queued++;
    return queued;
  }
}

/** Locks the poll's row; true when it is still open. */
async function lockOpenPoll(tx: Transaction<Database>, pollId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('date_polls')
    .select('status')
    .where('id', '=', pollId)
    .forUpdate()
    .executeTakeFirst();
  return row?.status === 'open';
}
