// Creates all 53 demo communities' 2026-27 cycles in Outlook through the Graph adapter, against the in-process
// Graph double with 150 ms latency per call, and compares with one Graph call per event (the same adapter with
// batches of one). Reports Graph HTTP calls and wall time. Run: npm run bench

import { migrateToLatest } from '../bot/src/platform/db/migrate';
import { openDatabase } from '../bot/src/platform/db/open-database';
import { AppOnlyToken } from '../bot/src/platform/graph/app-only-token';
import { createGraphClient } from '../bot/src/platform/graph/create-graph-client';
import { CycleRunner } from '../bot/src/scheduling/app/cycle-runner';
import { GRAPH_LIMITS } from '../bot/src/scheduling/calendar/graph/batch-dispatcher';
import { GraphCalendar } from '../bot/src/scheduling/calendar/graph/graph-calendar';
import { MeetingsRepository } from '../bot/src/scheduling/store/meetings-repository';
import { seedDemoData } from '../bot/src/seed-demo-data';
import { allMigrations } from '../bot/src/start-service';
import { startGraphDouble } from '../test/support/graph-double';
import { planningClock } from '../test/support/planning-clock';
import { StubEntraNetwork } from '../test/support/stub-entra-network';
import { planEveryCommunityCycle } from './plan-every-cycle';

const LATENCY_MS = 150;

async function createAllCycles(maxPerBatch: number) {
  const { db } = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await migrateToLatest(db, allMigrations);
  await seedDemoData(db);
  const entra = new StubEntraNetwork();
  const double = await startGraphDouble({ latencyMs: LATENCY_MS, acceptToken: (t) => entra.issuedTokens.includes(t) });
  const token = new AppOnlyToken(
    { tenantId: '11111111-2222-3333-4444-555555555555', clientId: 'app', clientSecret: 's' },
    entra,
  );
  const calendar = new GraphCalendar(createGraphClient(token, double.baseUrl), {
    limits: { ...GRAPH_LIMITS, maxPerBatch },
  });
  const ports = { meetings: new MeetingsRepository(db), calendar, now: planningClock };
  const runner = new CycleRunner(ports);
  await planEveryCommunityCycle(db, ports);
  // All 53 cycles are stored; time putting every meeting into Outlook (as after a restart, or a busy June).
  const started = performance.now();
  await runner.resumeUnfinished();
  const wallMs = performance.now() - started;
  const events = [...double.events.values()].flat().length;
  const created = await db.selectFrom('meetings').select('id').where('status', '=', 'created').execute();
  const result = {
    events,
    created: created.length,
    graphCalls: double.calls.batch,
    tokenCalls: entra.tokenRequests.length,
    wallMs,
  };
  await double.close();
  await db.destroy();
  return result;
}

async function main() {
  const batched = await createAllCycles(20);
  const oneByOne = await createAllCycles(1);
  const row = (name: string, r: typeof batched) =>
    `| ${name} | ${r.events} | ${r.graphCalls} | ${r.tokenCalls} | ${(r.wallMs / 1000).toFixed(2)} s |`;
  console.log(`53 cycles of 2026-27 (Graph double, ${LATENCY_MS} ms per call)\n`);
  console.log('| run | events | Graph calls | token calls | wall time |\n|---|---|---|---|---|');
  console.log(row('$batch of 20, 4 per mailbox in flight', batched));
  console.log(row('baseline: one event per call', oneByOne));
  console.log(
    `\nratio (batched / baseline): calls ${(batched.graphCalls / oneByOne.graphCalls).toFixed(3)}, wall time ${(batched.wallMs / oneByOne.wallMs).toFixed(3)}`,
  );
}

void main();
