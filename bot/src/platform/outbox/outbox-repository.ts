import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { Database, DeliveryChannel } from '../db/schema';
import {
  type LeasedMessage,
  type LeaseRequest,
  type NewOutboxMessage,
  type OutboxStore,
  outboxRow,
} from './outbox-store';

/** A lease interval from milliseconds. */
const interval = (ms: number) => sql`${`${Math.max(0, Math.round(ms))} milliseconds`}::interval`;

/**
 * The outbox in PostgreSQL. Leases take rows with FOR UPDATE SKIP LOCKED and stamp them with a token; every later
 * change checks that token, so an instance whose lease ran out can neither renew it nor overwrite what another did.
 */
export class OutboxRepository implements OutboxStore {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(messages: NewOutboxMessage[]): Promise<number> {
    if (messages.length === 0) return 0;
    const inserted = await this.db
      .insertInto('outbox')
      .values(messages.map(outboxRow))
      .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  }

  async lease({ limit, leaseMs, perConversation }: LeaseRequest): Promise<LeasedMessage[]> {
    const token = randomUUID();
    const rows = await sql<{
      id: string;
      kind: string;
      conversation_id: string | null;
      person_id: string | null;
      payload: Record<string, unknown>;
      attempts: number;
      turn: number;
    }>`
      with due as (
        select id, row_number() over (
          partition by coalesce(conversation_id, 'person:' || person_id) order by id
        ) as turn
        from outbox
        where status = 'pending' and available_at <= now() and (leased_until is null or leased_until < now())
      ),
      chosen as (
        -- The conditions again on the row as locked: another instance's lease committed after this statement's
        -- snapshot leaves the row unlocked but leased, and READ COMMITTED re-checks them on its newest version.
        select id from outbox
        where id in (select id from due where turn <= ${perConversation} order by turn, id limit ${limit})
          and status = 'pending' and available_at <= now() and (leased_until is null or leased_until < now())
        for update skip locked
      )
      update outbox set leased_until = now() + ${interval(leaseMs)}, attempts = attempts + 1, lease_token = ${token}
      from due
      where outbox.id in (select id from chosen) and due.id = outbox.id
      returning outbox.id, kind, conversation_id, person_id, payload, attempts, due.turn`.execute(this.db);
    return rows.rows
      .sort((a, b) => Number(a.turn) - Number(b.turn) || Number(a.id) - Number(b.id))
      .map((r) => ({
        id: String(r.id),
        kind: r.kind,
        conversationId: r.conversation_id,
        personId: r.person_id,
        payload: r.payload,
        attempts: r.attempts,
        leaseToken: token,
      }));
  }

  async renew(message: LeasedMessage, leaseMs: number): Promise<boolean> {
    return this.held(message, this.db.updateTable('outbox').set({ leased_until: sql`now() + ${interval(leaseMs)}` }));
  }

  async markDelivered(message: LeasedMessage, channel: DeliveryChannel): Promise<boolean> {
    return this.held(
      message,
      this.db.updateTable('outbox').set({
        status: 'delivered',
        channel,
        delivered_at: sql`now()`,
        leased_until: null,
        lease_token: null,
        last_error: null,
      }),
    );
  }

  async retryLater(message: LeasedMessage, delayMs: number, reason: string, attempted = true): Promise<boolean> {
    return this.held(
      message,
      this.db.updateTable('outbox').set({
        available_at: sql`now() + ${interval(delayMs)}`,
        leased_until: null,
        lease_token: null,
        last_error: reason,
        ...(attempted ? {} : { attempts: sql`greatest(attempts - 1, 0)` }),
      }),
    );
  }

  async markFailed(message: LeasedMessage, reason: string): Promise<boolean> {
    return this.held(
      message,
      this.db
        .updateTable('outbox')
        .set({ status: 'failed', leased_until: null, lease_token: null, last_error: reason }),
    );
  }

  async release(messages: LeasedMessage[]): Promise<void> {
    for (const message of messages) {
      // Given back as it was: the attempt the lease counted never happened.
      await this.held(
        message,
        this.db
          .updateTable('outbox')
          .set({ leased_until: null, lease_token: null, attempts: sql`greatest(attempts - 1, 0)` }),
      );
    }
  }

  /** Applies an update to a message only while this lease still holds it; says whether it did. */
  private async held(
    message: LeasedMessage,
    update: UpdateQueryBuilder<Database, 'outbox', 'outbox', UpdateResult>,
  ): Promise<boolean> {
    const result = await update
      .where('id', '=', message.id)
      .where('lease_token', '=', message.leaseToken)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
