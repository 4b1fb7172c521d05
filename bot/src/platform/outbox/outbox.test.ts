import type { Kysely } from 'kysely';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { allMigrations } from '../../start-service';
import { migrateToLatest } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import type { Database } from '../db/schema';
import type { MessageSender, SendResult } from './message-sender';
import { OutboxDelivery, TEAMS_DELIVERY_LIMITS } from './outbox-delivery';
import { OutboxRepository } from './outbox-repository';

/** A sender that records deliveries and answers from a script per conversation. */
class ScriptedSender implements MessageSender {
  readonly delivered: string[] = [];
  constructor(private readonly answer: (conversationId: string) => SendResult = () => ({ status: 'sent' })) {}
  async tenantOf(): Promise<string> {
    return 'tenant-1';
  }
  async send(conversationId: string, _kind: string, payload: Record<string, unknown>): Promise<SendResult> {
    const result = this.answer(conversationId);
    if (result.status === 'sent') this.delivered.push(String(payload.n));
    return result;
  }
}

describe.each(databaseEngines())('the outbox (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let db: Kysely<Database>;
  let outbox: OutboxRepository;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    db = (await openDatabase(database.target)).db;
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
    const message = { kind: 'k', conversationId: 'a:1', payload: { n: 1 }, dedupeKey: 'reminder:m1:p1:7d' };
    expect(await outbox.enqueue([message])).toBe(1);
    expect(await outbox.enqueue([message, { ...message, dedupeKey: undefined }])).toBe(1);
    expect(await db.selectFrom('outbox').select('id').execute()).toHaveLength(2);
  });

  it('delivers each message exactly once when two instances deliver at the same time', async () => {
    await outbox.enqueue(
      Array.from({ length: 40 }, (_, n) => ({ kind: 'k', conversationId: `a:${n % 8}`, payload: { n } })),
    );
    const first = new ScriptedSender();
    const second = new ScriptedSender();
    const limits = { ...TEAMS_DELIVERY_LIMITS, batchSize: 15 };
    const instances = [new OutboxDelivery(outbox, first, limits), new OutboxDelivery(outbox, second, limits)];
    for (let round = 0; round < 3; round++) await Promise.all(instances.map((i) => i.deliverDue()));
    const all = [...first.delivered, ...second.delivered].map(Number).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 40 }, (_, n) => n));
    const statuses = await db.selectFrom('outbox').select('status').distinct().execute();
    expect(statuses).toEqual([{ status: 'delivered' }]);
  });

  it('waits out a 429 before trying again, and gives up on a conversation that is gone', async () => {
    await outbox.enqueue([
      { kind: 'k', conversationId: 'a:busy', payload: { n: 1 } },
      { kind: 'k', conversationId: 'a:gone', payload: { n: 2 } },
    ]);
    const sender = new ScriptedSender((c) =>
      c === 'a:busy'
        ? { status: 'retry', afterMs: 60_000, reason: '429: Too Many Requests' }
        : { status: 'gone', reason: '404: conversation not found' },
    );
    const delivery = new OutboxDelivery(outbox, sender);
    expect(await delivery.deliverDue()).toEqual({ delivered: 0, retried: 1, failed: 1 });
    expect(await delivery.deliverDue()).toEqual({ delivered: 0, retried: 0, failed: 0 });
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

  it('keeps to 7 messages a second in one conversation', async () => {
    await outbox.enqueue(
      Array.from({ length: 15 }, (_, n) => ({ kind: 'k', conversationId: 'a:same', payload: { n } })),
    );
    const sender = new ScriptedSender();
    const started = Date.now();
    await new OutboxDelivery(outbox, sender).deliverDue();
    expect(sender.delivered).toHaveLength(15);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000); // 7 + 7 + 1 need two full windows.
  });
});
