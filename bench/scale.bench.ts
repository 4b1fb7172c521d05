// Scale ×10 (issue 14, item 5): the demo (×1: 53 communities, ~550 schools, ~1,300 requests) and the ×10 data set
// (530 communities, 5,500 schools, 50,000 requests), each in its own database, measured the same way in one run:
// loading ×10, planning every community's cycle, API p50/p95 of the requests list and budget endpoints under load,
// the service's resident memory after that load, and FAQ search at 500 and 5,000 entries.
// PGlite by default; with TEST_DATABASE_URL (scripts/test-services.sh) both data sets go into PostgreSQL databases.
// SCALE_SECONDS sets each endpoint's run (8 s), SCALE_CONNECTIONS its concurrent users (10).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { migrateToLatest } from '../bot/src/platform/db/migrate';
import { openDatabase } from '../bot/src/platform/db/open-database';
import { FaqSearchIndex } from '../bot/src/questions/domain/faq-search/faq-search-index';
import { seedDemoData } from '../bot/src/seed-demo-data';
import { scaleTargets, seedScaleData } from '../bot/src/seed-scale-data';
import { allMigrations } from '../bot/src/start-service';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../test/support/database-targets';
import { demoPersonWith } from '../test/support/demo-people';
import { HELD_OUT_PARAPHRASES, PARAPHRASES } from '../test/support/faq-paraphrases';
import { faqCorpus } from '../test/support/faq-paraphrases-corpus';
import { type PlanningRun, planEveryCycle } from './scale-planning';
import {
  type EndpointLatency,
  measureEndpoint,
  residentMemory,
  startService,
  stopService,
  tokenFor,
} from './scale-service';

const SECONDS = Number(process.env.SCALE_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.SCALE_CONNECTIONS ?? 10);
const ENGINE = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** Who reads what: the same demo people and community at ×1 and ×10, so only the size of the tables differs. */
const representative = demoPersonWith('representative');
const chair = demoPersonWith('chair');
const officer = demoPersonWith('officer');
const chairCommunity = chair.roles[0]?.communityId ?? '';
const ENDPOINTS = [
  { name: 'requests list, representative (one school)', path: '/api/funding-requests?limit=50', as: representative },
  { name: 'requests list, officer (every request)', path: '/api/funding-requests?limit=50', as: officer },
  {
    name: 'community budget 2025-26, chair',
    path: `/api/communities/${chairCommunity}/budget?year=2025-26`,
    as: chair,
  },
  { name: 'county budgets 2025-26, officer', path: '/api/budgets?year=2025-26', as: officer },
];

interface DataSetRun {
  seedMs: number;
  counts: Record<string, number>;
  latency: EndpointLatency[];
  memory: { rssMb: number; peakMb: number };
  planning: PlanningRun;
}

/** Seeds one data set, loads its service, then plans every cycle on it. */
async function runDataSet(factor: 1 | 10): Promise<DataSetRun> {
  const throwaway: ThrowawayDatabase = await createThrowawayDatabase(ENGINE);
  const mailDir = mkdtempSync(path.join(tmpdir(), 'cos-scale-mail-'));
  try {
    const { db } = await openDatabase(throwaway.target);
    await migrateToLatest(db, allMigrations);
    await seedDemoData(db);
    const started = performance.now();
    if (factor === 10) await seedScaleData(db, scaleTargets(10));
    const seedMs = performance.now() - started;
    await sql`analyze`.execute(db); // The ×10 seed ends with it; so must ×1, or the two would not be measured alike.
    const counts: Record<string, number> = {};
    for (const table of ['communities', 'schools', 'people', 'funding_requests', 'funding_decisions'] as const) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    await db.destroy();

    const service = await startService(throwaway.target, mailDir);
    const latency: EndpointLatency[] = [];
    let memory = { rssMb: 0, peakMb: 0 };
    try {
      for (const endpoint of ENDPOINTS) {
        const token = await tokenFor(service, endpoint.as.email);
        latency.push(await measureEndpoint(service, endpoint.path, token, SECONDS, CONNECTIONS));
      }
      memory = residentMemory(service.child);
    } finally {
      await stopService(service);
    }
    const planning = await planEveryCycle(throwaway.target);
    return { seedMs, counts, latency, memory, planning };
  } finally {
    await throwaway.drop();
    rmSync(mailDir, { recursive: true, force: true });
  }
}

/** FAQ search p50/p95 over the paraphrase questions at `entries` entries (the seeded FAQ among generated ones). */
function faqSearch(entries: number): { p50: number; p95: number } {
  const index = new FaqSearchIndex();
  for (const e of faqCorpus(entries)) index.upsert(e);
  const questions = [...PARAPHRASES, ...HELD_OUT_PARAPHRASES].map((p) => p.question);
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of questions) {
      const started = performance.now();
      index.search(q, { top: 3 });
      if (round > 0) times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.floor(times.length * p)] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);

async function main() {
  const x1 = await runDataSet(1);
  const x10 = await runDataSet(10);
  const faq1 = faqSearch(500);
  const faq10 = faqSearch(5000);
  const c = (run: DataSetRun) =>
    `${run.counts.communities} communities, ${run.counts.schools} schools, ${run.counts.people} people, ${run.counts.funding_requests} requests (${run.counts.funding_decisions} decided)`;
  console.log(
    `Scale ×10 on ${ENGINE === 'postgres' ? 'PostgreSQL' : 'PGlite'}; autocannon ${SECONDS} s per endpoint, ${CONNECTIONS} connections\n`,
  );
  console.log(`×1: ${c(x1)}\n×10: ${c(x10)}\nloading ×10 on top of the demo: ${(x10.seedMs / 1000).toFixed(1)} s\n`);
  console.log('| measure | ×1 | ×10 | ×10 / ×1 |\n|---|---|---|---|');
  const plan = (r: PlanningRun) => `${(r.wallMs / 1000).toFixed(1)} s for ${r.cycles} (${r.meetings} meetings)`;
  console.log(
    `| planning every cycle (propose + store) | ${plan(x1.planning)} | ${plan(x10.planning)} | ${ratio(x10.planning.wallMs, x1.planning.wallMs)} |`,
  );
  console.log(
    `| planning: mean per cycle | ${ms(x1.planning.wallMs / x1.planning.cycles)} | ${ms(x10.planning.wallMs / x10.planning.cycles)} | ${ratio(x10.planning.wallMs / x10.planning.cycles, x1.planning.wallMs / x1.planning.cycles)} |`,
  );
  console.log(
    `| planning: mean of the last tenth | ${ms(x1.planning.lastTenthMeanMs)} | ${ms(x10.planning.lastTenthMeanMs)} | ${ratio(x10.planning.lastTenthMeanMs, x1.planning.lastTenthMeanMs)} |`,
  );
  ENDPOINTS.forEach((endpoint, i) => {
    const a = x1.latency[i] as EndpointLatency;
    const b = x10.latency[i] as EndpointLatency;
    const cell = (l: EndpointLatency) =>
      `p50 ${ms(l.p50)}, **p95 ${ms(l.p95)}** (${l.requests} ok, ${l.failed} failed)`;
    console.log(`| ${endpoint.name} | ${cell(a)} | ${cell(b)} | p95 ${ratio(b.p95, a.p95)} |`);
  });
  const mem = (run: DataSetRun) => `${run.memory.rssMb.toFixed(0)} MB (peak ${run.memory.peakMb.toFixed(0)} MB)`;
  console.log(
    `| service RSS after the load | ${mem(x1)} | ${mem(x10)} | ${ratio(x10.memory.rssMb, x1.memory.rssMb)} |`,
  );
  console.log(
    `| FAQ search, 500 → 5,000 entries | p50 ${ms(faq1.p50)}, **p95 ${ms(faq1.p95)}** | p50 ${ms(faq10.p50)}, **p95 ${ms(faq10.p95)}** | p95 ${ratio(faq10.p95, faq1.p95)} |`,
  );
}

void main();
