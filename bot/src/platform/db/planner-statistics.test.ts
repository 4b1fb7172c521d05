import { sql } from 'kysely';
import { eventually } from '../../../../test/support/eventually';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

describe('planner statistics of the embedded database', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ SEED_DEMO_DATA: 'true' });
  });
  afterAll(async () => {
    await service?.stop();
  });

  const estimatedRequests = async () => {
    const { rows } = await sql<{ estimate: number }>`
      select reltuples::float8 as estimate from pg_class where relname = 'funding_requests'
    `.execute(service.db);
    return Number(rows[0]?.estimate ?? 0);
  };

  it('are gathered soon after the start, so the planner knows the seeded tables are not empty', async () => {
    const seeded = Number(
      (
        await service.db
          .selectFrom('funding_requests')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
    expect(seeded).toBeGreaterThan(100);
    const estimate = await eventually(estimatedRequests, (n) => n === seeded, 15_000);
    expect(estimate).toBe(seeded);
  });
});
