import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import type { NewOutboxMessage, OutboxMessage, OutboxStore } from './outbox-store';

/** The outbox in PostgreSQL: leases with FOR UPDATE SKIP LOCKED, so several instances never deliver one message twice. */
export class OutboxRepository implements OutboxStore {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(messages: NewOutboxMessage[]): Promise<number> {
    if (messages.length === 0) return 0;
    const inserted = await this.db
      .insertInto('outbox')
      .values(
        messages.map((m) => ({
          kind: m.kind,
          conversation_id: m.conversationId,
          payload: JSON.stringify(m.payload),
          dedupe_key: m.dedupeKey ?? null,
        })),
      )
      .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  }

  async lease(limit: number, leaseMs: number): Promise<OutboxMessage[]> {
    const rows = await sql<{
      id: string;
      kind: string;
      conversation_id: string;
      payload: Record<string, unknown>;
      attempts: number;
    }>`
      update outbox set leased_until = now() + ${`${leaseMs} milliseconds`}::interval, attempts = attempts + 1
      where id in (
        select id from outbox
        where status = 'pending' and available_at <= now() and (leased_until is null or leased_until < now())
        order by id
        limit ${limit}
        for update skip locked
      )
      returning id, kind, conversation_id, payload, attempts`.execute(this.db);
    return rows.rows
      .map((r) => ({
        id: String(r.id),
        kind: r.kind,
        conversationId: r.conversation_id,
        payload: r.payload,
        attempts: r.attempts,
      }))
      .sort((a, b) => Number(a.id) - Number(b.id));
  }

  async markDelivered(id: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ status: 'delivered', delivered_at: sql`now()`, leased_until: null, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  async retryLater(id: string, delayMs: number, reason: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({
        available_at: sql`now() + ${`${Math.max(0, Math.round(delayMs))} milliseconds`}::interval`,
        leased_until: null,
        last_error: reason,
      })
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ status: 'failed', leased_until: null, last_error: reason })
      .where('id', '=', id)
      .execute();
  }
}
