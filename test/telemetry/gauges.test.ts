import { metrics } from '@opentelemetry/api';
import { AggregationTemporality, MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import type { Kysely } from 'kysely';
import { migrateToLatest } from '../../bot/src/platform/db/migrate';
import { type OpenDatabase, openDatabase } from '../../bot/src/platform/db/open-database';
import type { Database } from '../../bot/src/platform/db/schema';
import { createRateLimits, memoryLimiters } from '../../bot/src/platform/limits/rate-limits';
import { createLogger } from '../../bot/src/platform/logging/logger';
import { registerOutboxGauges } from '../../bot/src/platform/outbox/outbox-gauges';
import { OutboxRepository } from '../../bot/src/platform/outbox/outbox-repository';
import { allMigrations } from '../../bot/src/start-service';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../support/database-targets';

/** A reader the test collects from when it wants (no timer, no exporter). */
class OnDemandReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

/*
 * The alert "people are not being told" reads how many notifications wait and how long the oldest has waited:
 * the gauges must report what the outbox holds.
 */
describe('the outbox gauges the alerts read', () => {
  const reader = new OnDemandReader();
  const provider = new MeterProvider({ readers: [reader] });
  let database: ThrowawayDatabase;
  let opened: OpenDatabase;
  let db: Kysely<Database>;

  beforeAll(async () => {
    metrics.setGlobalMeterProvider(provider);
    database = await createThrowawayDatabase('pglite');
    opened = await openDatabase(database.target);
    db = opened.db;
    await migrateToLatest(db, allMigrations);
  });
  afterAll(async () => {
    await provider.shutdown();
    metrics.disable();
    await db?.destroy();
    await database?.drop();
  });

  const gauges = async () => {
    const { resourceMetrics } = await reader.collect();
    const points = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics);
    return Object.fromEntries(points.map((m) => [m.descriptor.name, m.dataPoints[0]?.value]));
  };

  it('reports the waiting notifications and the age of the oldest', async () => {
    const enqueuedAt = Date.now();
    registerOutboxGauges(db, () => enqueuedAt + 11 * 60_000);
    expect(await gauges()).toMatchObject({ 'cos.outbox.pending': 0, 'cos.outbox.oldest_pending_age': 0 });
    await new OutboxRepository(db).enqueue([
      { kind: 'k', to: { conversationId: 'a:1' }, payload: {} },
      { kind: 'k', to: { personId: 'p-2' }, payload: {} },
    ]);
    const now = await gauges();
    expect(now['cos.outbox.pending']).toBe(2);
    // Eleven minutes after they were queued: past the 10-minute alert threshold.
    expect(now['cos.outbox.oldest_pending_age']).toBeGreaterThanOrEqual(600);
  });

  it('counts refusals over a per-person limit, by action', async () => {
    const limits = createRateLimits({ write: 1, search: 5 }, createLogger('silent'), memoryLimiters);
    await limits.spend('write', 'p1');
    await expect(limits.spend('write', 'p1')).rejects.toThrow();
    const { resourceMetrics } = await reader.collect();
    const refusals = resourceMetrics.scopeMetrics
      .flatMap((s) => s.metrics)
      .find((m) => m.descriptor.name === 'cos.rate_limit.refusals');
    expect(refusals?.dataPoints.map((p) => [p.attributes, p.value])).toEqual([[{ 'cos.limit.action': 'write' }, 1]]);
  });
});
