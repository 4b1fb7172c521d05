import type { Kysely } from 'kysely';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { allMigrations } from '../../start-service';
import { migrateToLatest } from '../db/migrate';
import { type OpenDatabase, openDatabase } from '../db/open-database';
import { postgresLimiters } from '../db/rate-limit-counters';
import type { Database } from '../db/schema';
import type { LimiterFactory } from '../limits/rate-limits';
import type { MessageSender, SendResult } from './message-sender';
import { OutboxDelivery, TEAMS_DELIVERY_LIMITS } from './outbox-delivery';
import { OutboxRepository } from './outbox-repository';
import type { AddressedMessage } from './outbox-store';

/** A sender that records deliveries (with when) and answers from a script per conversation, taking `sendMs` each. */
class ScriptedSender implements MessageSender {
  readonly delivered: string[] = [];
  readonly sentAt: number[] = [];
  constructor(
    private readonly answer: (conversationId: string) => SendResult = () => ({ status: 'sent', channel: 'teams' }),
    private readonly sendMs = 0,
  ) {}
  async tenantOf(): Promise<string> {
    return 'tenant-1';
  }
  async send({ conversationId, payload }: AddressedMessage): Promise<SendResult> {
    if (this.sendMs > 0) await new Promise((r) => setTimeout(r, this.sendMs));
    const result = this.answer(conversationId ?? '');
    if (result.status === 'sent') {
      this.delivered.push(String(payload.n));
      this.sentAt.push(Date.now());
    }
    return result;
  }
}

/** Counters one process's instances share, as PostgreSQL's are shared by every instance. */
function sharedMemoryLimiters(): LimiterFactory {
  const limiters = new Map<string, RateLimiterMemory>();
  return (options) => {
    const limiter = limiters.get(options.keyPrefix) ?? new RateLimiterMemory(options);
    limiters.set(options.keyPrefix, limiter);
    return limiter;
  };
}

/** Enqueues `count` messages numbered from `from`, in the conversation `conversationOf(n)` picks. */
function messages(count: number, conversationOf: (n: number) => string, from = 0) {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'k',
    to: { conversationId: conversationOf(from + i) },
    payload: { n: from + i },
  }));
}

describe.each(databaseEngines())('the outbox (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let opened: OpenDatabase;
  let db: Kysely<Database>;
  let outbox: OutboxRepository;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    opened = await openDatabase(database.target);
    db = opened.db;
    await migrateToLatest(db, allMigrations);
    outbox = new OutboxRepository(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });
  beforeEach(async () => {
    await db.deleteFrom('outbox').execute();
  });

  it('enqueues a notification with a dedupe key only once', async () => {
    const message = { kind: 'k', to: { conversationId: 'a:1' }, payload: { n: 1 }, dedupeKey: 'reminder:m1:p1:7d' };
    expect(await outbox.enqueue([message])).toBe(1);
    expect(await outbox.enqueue([message, { ...message, dedupeKey: undefined }])).toBe(1);
    expect(await db.selectFrom('outbox').select('id').execute()).toHaveLength(2);
  });

  it('delivers each message exactly once when two instances deliver at the same time', async () => {
    await outbox.enqueue(
      Array.from({ length: 40 }, (_, n) => ({ kind: 'k', to: { conversationId: `a:${n % 8}` }, payload: { n } })),
    );
    const first = new ScriptedSender();
    const second = new ScriptedSender();
    const limits = { ...TEAMS_DELIVERY_LIMITS, batchSize: 15 };
    const instances = [new OutboxDelivery(outbox, first, { limits }), new OutboxDelivery(outbox, second, { limits })];
    for (let round = 0; round < 3; round++) await Promise.all(instances.map((i) => i.deliverDue()));
    const all = [...first.delivered, ...second.delivered].map(Number).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 40 }, (_, n) => n));
    const statuses = await db.selectFrom('outbox').select('status').distinct().execute();
    expect(statuses).toEqual([{ status: 'delivered' }]);
  });

  it('waits out a 429 before trying again, and gives up on a conversation that is gone', async () => {
    await outbox.enqueue([
      { kind: 'k', to: { conversationId: 'a:busy' }, payload: { n: 1 } },
      { kind: 'k', to: { conversationId: 'a:gone' }, payload: { n: 2 } },
    ]);
    const sender = new ScriptedSender((c) =>
      c === 'a:busy'
        ? { status: 'retry', afterMs: 60_000, reason: '429: Too Many Requests' }
        : { status: 'gone', reason: '404: conversation not found' },
    );
    const delivery = new OutboxDelivery(outbox, sender);
    expect(await delivery.deliverDue()).toEqual({ delivered: 0, retried: 1, failed: 1, lost: 0 });
    expect(await delivery.deliverDue()).toEqual({ delivered: 0, retried: 0, failed: 0, lost: 0 });
    const rows = await db
      .selectFrom('outbox')
      .select(['conversation_id', 'status', 'last_error'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { conversation_id: 'a:busy', status: 'pending', last_error: '429: Too Many Requests' },
      { conversation_id: 'a:gone', status: 'failed', last_error: '404: conversation not found' },
    ]);
  });

  it('keeps to 7 messages a second in one conversation, leasing at most 7 of it a round', async () => {
    await outbox.enqueue(messages(15, () => 'a:same'));
    const sender = new ScriptedSender();
    const delivery = new OutboxDelivery(outbox, sender);
    const started = Date.now();
    const rounds = [];
    for (let round = 0; round < 3; round++) rounds.push((await delivery.deliverDue()).delivered);
    expect(rounds).toEqual([7, 7, 1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000); // 7 + 7 + 1 need two full windows.
  });

  it('sends nothing twice when each send outlives the lease, with two instances (2 s a send, 1 s leases)', async () => {
    await outbox.enqueue(messages(4, (n) => `a:${n}`));
    const limits = { ...TEAMS_DELIVERY_LIMITS, leaseMs: 1000 };
    const senders = [new ScriptedSender(undefined, 2000), new ScriptedSender(undefined, 2000)];
    const lost: number[] = [];
    await Promise.all(
      senders.map(async (sender) => {
        const delivery = new OutboxDelivery(outbox, sender, { limits });
        const deadline = Date.now() + 12_000;
        while (Date.now() < deadline && (await pendingCount()) > 0) {
          lost.push((await delivery.deliverDue()).lost);
          await new Promise((r) => setTimeout(r, 100));
        }
      }),
    );
    const sent = senders.flatMap((s) => s.delivered).sort();
    expect(sent).toEqual(['0', '1', '2', '3']); // Each once: 0 duplicates, 0 missing.
    expect(lost.reduce((a, b) => a + b, 0)).toBeGreaterThan(0); // The other instance did take over unsent leases.
  }, 30_000);

  it("does not let a stale instance's mark undo what the lease holder recorded", async () => {
    await outbox.enqueue(messages(1, () => 'a:1'));
    const [stale] = await outbox.lease({ limit: 1, leaseMs: 0, perConversation: 7 });
    const [current] = await outbox.lease({ limit: 1, leaseMs: 60_000, perConversation: 7 });
    if (!stale || !current) throw new Error('not leased');
    expect(await outbox.renew(stale, 60_000)).toBe(false);
    expect(await outbox.markDelivered(current, 'teams')).toBe(true);
    expect(await outbox.markFailed(stale, 'timed out')).toBe(false);
    expect(await outbox.retryLater(stale, 0, 'timed out')).toBe(false);
    expect(await db.selectFrom('outbox').select(['status', 'last_error']).execute()).toEqual([
      { status: 'delivered', last_error: null },
    ]);
  });

  it('delivers to a quiet conversation in the first round though another has 500 queued before it', async () => {
    await outbox.enqueue(messages(500, () => 'a:busy'));
    await outbox.enqueue(messages(1, () => 'a:quiet', 500));
    const sender = new ScriptedSender();
    const round = await new OutboxDelivery(outbox, sender).deliverDue();
    expect(round.delivered).toBe(8); // 7 of the busy conversation (its per-second limit) and the quiet one.
    expect(sender.delivered.indexOf('500')).toBe(1); // Conversations take turns: busy, quiet, busy, ...
  });

  it("shares the tenant's 50 a second between instances (counters in the database on PostgreSQL)", async () => {
    await outbox.enqueue(messages(40, (n) => `a:${n}`));
    const limiterFor = opened.pool ? postgresLimiters(opened.pool) : sharedMemoryLimiters();
    const limits = { ...TEAMS_DELIVERY_LIMITS, perTenantPerSecond: 10, batchSize: 20 };
    const senders = [new ScriptedSender(), new ScriptedSender()];
    const started = Date.now();
    await Promise.all(
      senders.map(async (sender) => {
        const delivery = new OutboxDelivery(outbox, sender, { limits, limiterFor });
        while ((await pendingCount()) > 0) {
          await delivery.deliverDue();
          await new Promise((r) => setTimeout(r, 50)); // As the periodic job paces rounds.
        }
      }),
    );
    expect(senders.flatMap((s) => s.delivered)).toHaveLength(40);
    expect(senders.every((s) => s.delivered.length > 0)).toBe(true);
    // 40 sends at 10 a second for the whole tenant need at least 3 full windows; two separate budgets would take ~1.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  }, 30_000);

  async function pendingCount(): Promise<number> {
    const rows = await db.selectFrom('outbox').select('id').where('status', '=', 'pending').execute();
    return rows.length;
  }
});
