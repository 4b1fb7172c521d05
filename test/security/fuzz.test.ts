import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { BotRoutes } from '../../bot/src/platform/bot/bot-routes';
import { CommunitiesBot } from '../../bot/src/platform/bot/communities-bot';
import { DevTokens } from '../../bot/src/platform/http/auth/dev-tokens';
import { CycleRunner } from '../../bot/src/scheduling/app/cycle-runner';
import { apiWithToken } from '../support/api-client';
import { teamsActivity } from '../support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';
import { demoPersonWith } from '../support/demo-people';
import { fundingCast, requestBody } from '../support/funding-cast';
import { startTestService, type TestService } from '../support/start-test-service';
import { type ServedRoute, servedRoutes } from './support/express-routes';
import { question, terms } from './support/fixtures';
import {
  brokenJson,
  CONTENT_TYPES,
  gzipBomb,
  headerText,
  hostileJson,
  hostileString,
  hugeBody,
  JsonEntries,
  mutated,
  notUtf8,
  pathSegment,
  queryString,
  toJsonText,
} from './support/hostile-values';
import { describeRequest, type RawAnswer, type RawRequest, sendRaw } from './support/raw-http';
import { changedCounts, type RowCounts, rowCounter, userTables } from './support/row-counts';
import { runBackgroundJobs, serviceProbes } from './support/service-probes';

/*
 * Fuzzing the running service with hostile requests: every route of the JSON API (enumerated from the running
 * Express app), the tab's routes and the bot endpoint /api/messages, signed in as every kind of person, as a stranger
 * and as nobody. Requests are generated with fast-check from a fixed seed (FUZZ_SEED overrides it), so a failure
 * replays: the same seed makes the same requests in the same order (ids of the fixtures differ per run).
 *
 * What must hold, for every request:
 *  - no answer >= 500 (an invoke the app does not implement may keep the Bot Framework's 501), and an answer at all;
 *  - rows change only through an answer in 2xx to a request that may write (see ROW COUNTS);
 * and at the end: /healthz and GET /api/me still answer 200, and Object.prototype is as it was (the service runs in
 * this process, so pollution through "__proto__" keys would show here).
 *
 * ROW COUNTS. The service does not expose its database, and PGlite allows one connection only, so instead of a
 * second connection this file wraps the platform's `openDatabase` with `jest.mock` (see support/service-probes.ts)
 * and keeps the very Kysely instance the service uses. Through it, the rows of every table the catalog lists are
 * counted exactly (count(*), one statement) after each batch of CONCURRENCY requests. A batch in which no request
 * that may write got a 2xx must leave every count as it was; a failing batch is then replayed request by request to
 * name the one that wrote. This is stricter than comparing list endpoints before and after: it sees every table
 * (audit log, outbox, conversation refs…), and attributes changes to a batch of 8 rather than to the whole run.
 * What it cannot see: an UPDATE that keeps the count (a 4xx that changed a row in place).
 *
 * Work the service does after answering is kept apart so it is not blamed on the wrong batch: the calendar work a
 * created cycle starts (CycleRunner.run, awaited before counting), and the periodic background jobs, which
 * `jest.mock` keeps off their timers and this test runs itself every JOBS_EVERY_BATCHES batches, between counts.
 *
 * The service's logger is wrapped the same way, so the stack of any 500 is in the failure message.
 */

jest.mock('../../bot/src/platform/db/open-database', () =>
  jest
    .requireActual('./support/service-probes')
    .probingOpenDatabase(jest.requireActual('../../bot/src/platform/db/open-database')),
);
jest.mock('../../bot/src/platform/jobs/periodic-jobs', () =>
  jest
    .requireActual('./support/service-probes')
    .probingPeriodicJobs(jest.requireActual('../../bot/src/platform/jobs/periodic-jobs')),
);
jest.mock('../../bot/src/platform/http/create-http-app', () =>
  jest
    .requireActual('./support/service-probes')
    .probingHttpApp(jest.requireActual('../../bot/src/platform/http/create-http-app')),
);
jest.mock('../../bot/src/platform/logging/logger', () =>
  jest
    .requireActual('./support/service-probes')
    .probingLogger(jest.requireActual('../../bot/src/platform/logging/logger')),
);

const SEED = Number(process.env.FUZZ_SEED ?? 20260615);
/** Requests to generate; at least 10,000 must reach the service (a few may be ones the HTTP client refuses to send). */
const GENERATED = Number(process.env.FUZZ_REQUESTS ?? 10_300);
const REQUIRED = 10_000;
const CONCURRENCY = 8;
/** The background jobs (outbox delivery, stranded requests, calendar work) run after every this many batches. */
const JOBS_EVERY_BATCHES = 25;
/** Tables that count attempts by design, whatever the answer: changes there are no finding. */
const BOOKKEEPING_TABLES = new Set([
  'public.rate_limits', // rate-limiter-flexible's counters (PostgreSQL only): a refused attempt counts too
  'public.kysely_migration_lock',
]);

const { community, otherCommunity, school, neighbourSchool, otherSchool } = fundingCast;
const C = community.id;
const YEAR = '2026-27';
const LATER_YEAR = '2027-28';

/** The people requests come from: the funding cast (so ids below are theirs) and the first of each demo role. */
const PEOPLE = {
  repOwn: fundingCast.representative,
  repNeighbour: fundingCast.neighbourRepresentative,
  repOther: fundingCast.otherRepresentative,
  chairOwn: fundingCast.chair,
  chairOther: fundingCast.otherChair,
  chairOfTwo: demoPersonWith('chair', true),
  officer: fundingCast.officer,
  practitioner: fundingCast.practitioner,
  adviser: fundingCast.adviser,
  demoRepresentative: demoPersonWith('representative'),
  demoPractitioner: demoPersonWith('practitioner'),
  demoAdviser: demoPersonWith('senInclusionAdviser'),
};
type Person = keyof typeof PEOPLE;

/** The bot's own invokes; any other invoke name may be answered 501 by the Bot Framework. */
const APP_INVOKES = new Set([
  'adaptiveCard/action',
  'composeExtension/query',
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
]);
const FRAMEWORK_INVOKES = [
  'signin/verifyState',
  'signin/tokenExchange',
  'healthCheck',
  'task/fetch',
  'task/submit',
  'tab/fetch',
  'tab/submit',
  'config/fetch',
  'config/submit',
  'fileConsent/invoke',
  'actionableMessage/executeAction',
  'composeExtension/queryLink',
  'composeExtension/anonymousQueryLink',
  'composeExtension/selectItem',
  'composeExtension/querySettingUrl',
  'composeExtension/setting',
  'composeExtension/onCardButtonClicked',
  'application/search',
  'message/submitAction',
  'handoff/action',
];

interface Fixtures {
  tokens: Record<Person, string>;
  strangerToken: string;
  personIds: string[];
  communityIds: string[];
  schoolIds: string[];
  requestIds: string[];
  questionIds: string[];
  faqIds: string[];
  meetingIds: string[];
  meetingStarts: string[];
  cycleIds: string[];
  themeIds: string[];
  eventIds: string[];
  cycleSlots: { month: string; start: string; end: string }[];
  kitSlots: { month: string; start: string; end: string }[];
  verbs: string[];
}

/** One generated request, with what the checks need to know about it. */
interface FuzzCase {
  /** The route it aims at ("POST /api/messages", "GET /api/faq/:id", "unknown path"…). */
  target: string;
  /** Who it claims to be (a person, "stranger", "nobody", "garbage"). */
  as: string;
  request: RawRequest;
  /** May a 2xx answer to this request have written rows? */
  mayWrite: boolean;
  /** For the bot endpoint: may the Bot Framework answer 501 (an invoke the app does not implement)? */
  may501: boolean;
}

/* ------------------------------------------------------------------------------------------------------------ */

describe('fuzzing every route and the bot endpoint with hostile requests', () => {
  const secret = `fuzz-${randomUUID()}`;
  const tabDir = mkdtempSync(path.join(tmpdir(), 'cos-fuzz-tab-'));
  let service: TestService;
  let connector: CaptureConnector;
  let routes: ServedRoute[];
  const fx = {} as Fixtures;
  const runSpy = jest.spyOn(CommunitiesBot.prototype, 'run');
  // The calendar work a created cycle starts after the answer: tracked, so the counts wait for it.
  const calendarWork = new Set<Promise<unknown>>();
  const runCycle = CycleRunner.prototype.run;
  jest.spyOn(CycleRunner.prototype, 'run').mockImplementation(function (this: CycleRunner, cycleId: string) {
    const run = runCycle.call(this, cycleId);
    calendarWork.add(run);
    run.then(
      () => calendarWork.delete(run),
      () => calendarWork.delete(run),
    );
    return run;
  });
  const settled = async () => {
    while (calendarWork.size > 0) await Promise.allSettled([...calendarWork]);
  };

  const api = (method: string, urlPath: string, token?: string, body?: unknown) =>
    apiWithToken(service.baseUrl, token).call(method, urlPath, body);
  const ok = async (answer: ReturnType<typeof api>, what: string) => {
    const done = await answer;
    if (done.status >= 300) throw new Error(`Fixture "${what}" failed: ${done.status} ${done.text}`);
    // biome-ignore lint/suspicious/noExplicitAny: fixtures read whatever JSON the route answers.
    return done.body as any;
  };

  beforeAll(async () => {
    // The tab need not be built: a stand-in so its routes answer as they would (and not 503 "not built").
    mkdirSync(path.join(tabDir, 'assets'));
    writeFileSync(path.join(tabDir, 'index.html'), '<!doctype html><title>tab</title>');
    writeFileSync(path.join(tabDir, 'assets', 'app.js'), 'export {};');
    [service, connector] = await Promise.all([
      startTestService({
        DEV_TOKEN_SECRET: secret,
        TAB_DIST_DIR: tabDir,
        // Generous limits, so hostile writes reach validation and the store instead of stopping at 429.
        RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
        RATE_LIMIT_SEARCHES_PER_MINUTE: '1000000',
      }),
      startCaptureConnector(),
    ]);
    const app = serviceProbes.apps.at(-1);
    if (!app) throw new Error('The service built no Express app the probe saw');
    routes = servedRoutes(app);

    fx.tokens = {} as Record<Person, string>;
    fx.personIds = [];
    for (const [who, person] of Object.entries(PEOPLE) as [Person, { email: string }][]) {
      fx.tokens[who] = (await ok(api('POST', '/api/dev/token', undefined, { email: person.email }), 'sign-in')).token;
      // Signing in once before counting rows: a first sign-in may bind the identity (and audit it).
      fx.personIds.push((await ok(api('GET', '/api/me', fx.tokens[who]), 'me')).id);
    }
    fx.strangerToken = await new DevTokens(secret).issue({
      email: 'pat.stranger@elsewhere.example',
      aadObjectId: randomUUID(),
    });
    const { repOwn, chairOwn, officer } = fx.tokens;

    const slotsOf = (meetings: { month: string; start: string; end: string }[]) =>
      meetings.map(({ month, start, end }) => ({ month, start, end }));
    const waitForCycle = async (cycleId: string) => {
      for (let i = 0; i < 200; i++) {
        const cycle = await ok(api('GET', `/api/cycles/${cycleId}`, officer), 'cycle status');
        if (cycle.meetings.every((m: { status: string }) => m.status === 'created' || m.status === 'failed')) {
          return cycle;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`Cycle ${cycleId} did not finish`);
    };
    const proposal = await ok(api('POST', `/api/communities/${C}/cycles/${YEAR}/proposal`, chairOwn, {}), 'proposal');
    fx.cycleSlots = slotsOf(proposal.meetings);
    const cycle = await ok(
      api('POST', `/api/communities/${C}/cycles/${YEAR}`, chairOwn, { meetings: fx.cycleSlots }),
      'cycle',
    );
    const cycleMeetings = (await waitForCycle(cycle.cycleId)).meetings as { id: string; start: string }[];
    await ok(api('PUT', `/api/academic-years/${LATER_YEAR}/terms`, officer, { terms: terms(2027) }), 'terms');
    const kit = await ok(api('POST', `/api/kit/${YEAR}/proposal`, officer, { scope: 'all' }), 'KiT proposal');
    fx.kitSlots = slotsOf(kit.groups[0].meetings);
    const kitCycle = await ok(api('POST', `/api/kit/${YEAR}`, officer, { areaId: null, meetings: fx.kitSlots }), 'KiT');
    const kitMeetings = (await waitForCycle(kitCycle.cycleId)).meetings as { id: string; start: string }[];
    fx.cycleIds = [cycle.cycleId, kitCycle.cycleId];
    fx.meetingIds = [...cycleMeetings, ...kitMeetings].map((m) => m.id);
    fx.meetingStarts = cycleMeetings.map((m) => m.start);

    const fresh = async () =>
      (await ok(api('POST', '/api/funding-requests', repOwn, requestBody(school.id)), 'request')).id;
    fx.requestIds = [await fresh(), await fresh()];
    const approved = await fresh();
    await ok(api('POST', `/api/funding-requests/${approved}/decision`, chairOwn, { outcome: 'approved' }), 'approve');
    fx.requestIds.push(approved);

    const themes = (await ok(api('GET', '/api/questions/themes', repOwn), 'themes')).themes as { id: string }[];
    fx.themeIds = [...themes.map((t) => t.id), 'all'];
    const theme = themes[0]?.id;
    const ask = async (draft: boolean) =>
      (await ok(api('POST', '/api/questions', repOwn, { theme, text: question, draft }), 'question')).id;
    const answered = await ask(false);
    await ok(
      api('POST', `/api/questions/${answered}/answer`, officer, {
        text: 'Ask your link practitioner.',
        publish: false,
      }),
      'answer',
    );
    fx.questionIds = [await ask(true), await ask(false), answered];
    const faq = await ok(
      api('POST', '/api/faq', officer, {
        question: 'What does a link practitioner do?',
        answer: 'They connect schools with the PRG service and join the community meetings.',
        theme,
      }),
      'faq entry',
    );
    fx.faqIds = [(await ok(api('GET', '/api/faq', repOwn), 'faq')).items[0].id, faq.id];
    fx.communityIds = [C, otherCommunity.id];
    const event = await ok(api('POST', '/api/events', officer, eventBody()), 'event');
    await ok(api('POST', `/api/events/${event.id}/bookings`, repOwn), 'booking');
    fx.eventIds = [event.id];
    fx.schoolIds = [school.id, neighbourSchool.id, otherSchool.id];

    // One activity, so the bot the service built is known and its card verbs can be fuzzed by name.
    await fetch(`${service.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        teamsActivity(
          connector.serviceUrl,
          { aadObjectId: PEOPLE.officer.aadObjectId ?? undefined },
          { type: 'message', text: 'help' },
        ),
      ),
    });
    const bot = runSpy.mock.contexts[0] as unknown as { routes?: BotRoutes<unknown> } | undefined;
    fx.verbs = ['help', ...Object.keys(bot?.routes?.cardVerbs ?? {})];
    runSpy.mockRestore();
  }, 180_000);

  afterAll(async () => {
    await service?.stop();
    await connector?.close();
    rmSync(tabDir, { recursive: true, force: true });
  });

  it(`answers ${REQUIRED}+ hostile requests without a 5xx, writes only with a 2xx, and stays up`, async () => {
    const started = Date.now();
    // The Bot Framework adapter writes the errors behind its 500s with console.error: keep them with the logs.
    const consoleError = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      serviceProbes.logLines.push(
        `console.error: ${args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')}`,
      );
    });
    expect(routes.length).toBeGreaterThan(40);
    expect(fx.verbs.length).toBeGreaterThan(10);
    const db = serviceProbes.databases.at(-1);
    if (!db) throw new Error('The service opened no database the probe saw');
    const countRows = rowCounter(db, await userTables(db));
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();

    const cases = fc.sample(fuzzCase(fx, routes, connector.serviceUrl), { seed: SEED, numRuns: GENERATED });
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const tokenNames = new Map<string, string>([
      ...(Object.entries(fx.tokens) as [Person, string][]).map(([who, t]) => [t, who] as [string, string]),
      [fx.strangerToken, 'stranger'],
    ]);

    const histogram: Record<string, number> = {};
    const perTarget: Record<string, number> = {};
    const failures: { index: number; kind: string; fuzz: FuzzCase; answer: RawAnswer; logs: string[] }[] = [];
    const rowBatches: { from: number; fuzzes: { fuzz: FuzzCase; answer: RawAnswer }[]; changed: object }[] = [];
    let sent = 0;
    let notSent = 0;
    let writesAllowed = 0;
    await settled();
    await runBackgroundJobs();
    let counts: RowCounts = await countRows();
    const countsAtStart = counts;
    let backgroundRuns = 0;
    let backgroundChanges = 0;

    for (let from = 0; from < cases.length; from += CONCURRENCY) {
      const batch = cases.slice(from, from + CONCURRENCY);
      const logMark = serviceProbes.logLines.length;
      const answers = await Promise.all(batch.map((c) => sendRaw(agent, service.port, c.request)));
      const logs = serviceProbes.logLines.slice(logMark);
      let batchMayWrite = false;
      answers.forEach((answer, i) => {
        const fuzz = batch[i] as FuzzCase;
        if (answer.status === -1) {
          notSent++;
          return;
        }
        sent++;
        histogram[answer.status || 'no answer'] = (histogram[answer.status || 'no answer'] ?? 0) + 1;
        perTarget[fuzz.target] = (perTarget[fuzz.target] ?? 0) + 1;
        const twoxx = answer.status >= 200 && answer.status < 300;
        if (twoxx && fuzz.mayWrite) batchMayWrite = true;
        if (answer.status === 0) failures.push({ index: from + i, kind: 'no answer', fuzz, answer, logs });
        else if (answer.status >= 500 && !(answer.status === 501 && fuzz.may501)) {
          failures.push({ index: from + i, kind: `answered ${answer.status}`, fuzz, answer, logs });
        }
      });
      await settled();
      const after = await countRows();
      const changed = Object.fromEntries(
        Object.entries(changedCounts(counts, after)).filter(([table]) => !BOOKKEEPING_TABLES.has(table)),
      );
      if (batchMayWrite) writesAllowed++;
      else if (Object.keys(changed).length > 0) {
        rowBatches.push({ from, fuzzes: batch.map((fuzz, i) => ({ fuzz, answer: answers[i] as RawAnswer })), changed });
      }
      counts = after;
      if ((from / CONCURRENCY + 1) % JOBS_EVERY_BATCHES === 0) {
        await runBackgroundJobs();
        await settled();
        const afterJobs = await countRows();
        backgroundRuns++;
        if (Object.keys(changedCounts(counts, afterJobs)).length > 0) backgroundChanges++;
        counts = afterJobs;
      }
    }
    const fuzzMs = Date.now() - started;

    // Replay failures one at a time, for their own log lines, and group them by what went wrong.
    const groups = new Map<string, { count: number; first: string }>();
    for (const failure of failures.slice(0, 300)) {
      const logMark = serviceProbes.logLines.length;
      const again = await sendRaw(agent, service.port, failure.fuzz.request);
      await settled();
      const ownLogs = serviceProbes.logLines.slice(logMark);
      const logs = ownLogs.length > 0 ? ownLogs : failure.logs;
      const key = `${failure.kind} at ${failure.fuzz.target}: ${errorOf(logs) ?? failure.answer.error ?? failure.answer.text.slice(0, 120)}`;
      const group = groups.get(key);
      if (group) {
        group.count++;
        continue;
      }
      groups.set(key, {
        count: 1,
        first: [
          `#${failure.index} as ${failure.fuzz.as}; replayed alone: ${again.status || again.error}`,
          `  ${describeRequest(failure.fuzz.request, tokenNames)}`,
          `  answer: ${failure.answer.error ?? failure.answer.text.slice(0, 300)}`,
          `  log: ${logs.map((l) => l.slice(0, 3000)).join('\n       ') || '(nothing)'}`,
        ].join('\n'),
      });
    }
    const replays = [...groups].map(([key, g]) => `${g.count}× ${key}\n${g.first}`);
    // Replay the first batches that changed rows without a writing 2xx, one request at a time, to name the writer.
    const rowReplays: string[] = [];
    for (const batch of rowBatches.slice(0, 3)) {
      const lines = [
        `batch from #${batch.from} changed ${JSON.stringify(batch.changed)} with answers ${batch.fuzzes.map((f) => f.answer.status).join(',')}` +
          batch.fuzzes
            .map((f, i) =>
              f.answer.status >= 500 ? ` (#${batch.from + i} answered ${f.answer.status}: see above)` : '',
            )
            .join(''),
      ];
      for (const { fuzz } of batch.fuzzes) {
        const before = await countRows();
        const again = await sendRaw(agent, service.port, fuzz.request);
        const changed = changedCounts(before, await countRows());
        if (Object.keys(changed).length > 0 || (again.status >= 200 && again.status < 300 && fuzz.mayWrite)) {
          lines.push(
            `  replayed alone: ${again.status} changed ${JSON.stringify(changed)}\n  ${describeRequest(fuzz.request, tokenNames)}`,
          );
        }
      }
      rowReplays.push(lines.join('\n'));
    }

    // Still up: the health check and an ordinary signed-in read.
    const health = await api('GET', '/healthz');
    const me = await api('GET', '/api/me', fx.tokens.officer);
    const countsAtEnd = await countRows();
    const total = (c: RowCounts) => Object.values(c).reduce((a, b) => a + b, 0);
    agent.destroy();
    consoleError.mockRestore();

    const byStatus = Object.entries(histogram)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([s, n]) => `${s}:${n}`)
      .join(' ');
    console.log(
      `fuzz seed=${SEED} sent=${sent} notSent=${notSent} in ${(fuzzMs / 1000).toFixed(1)}s (${CONCURRENCY} at a time) ` +
        `statuses {${byStatus}} failures=${failures.length} rowChangesWithout2xx=${rowBatches.length} ` +
        `batchesWithAWriting2xx=${writesAllowed} backgroundRuns=${backgroundRuns} (${backgroundChanges} changed rows) rows ${total(countsAtStart)}→${total(countsAtEnd)} ` +
        `targets=${Object.keys(perTarget).length} (fewest ${Math.min(...Object.values(perTarget))})`,
    );

    // Every route the app serves, and the bot endpoint, got its share.
    const routesHitFewerThan40Times = routes
      .map((r) => `${r.method} ${r.path}`)
      .filter((target) => (perTarget[target] ?? 0) < 40);
    expect({
      answersOver500OrNone: failures.length,
      firstOnes: replays,
      batchesThatChangedRowsWithoutA2xx: rowBatches.length,
      firstBatches: rowReplays,
      healthz: health.status,
      me: me.status,
      objectPrototypeUnchanged: Object.getOwnPropertyNames(Object.prototype).sort().join() === prototypeBefore,
      enumerableOnObjectPrototype: Object.keys(Object.prototype),
      routesHitFewerThan40Times,
      botEndpointHits: (perTarget['POST /api/messages'] ?? 0) >= 2000,
    }).toEqual({
      answersOver500OrNone: 0,
      firstOnes: [],
      batchesThatChangedRowsWithoutA2xx: 0,
      firstBatches: [],
      healthz: 200,
      me: 200,
      objectPrototypeUnchanged: true,
      enumerableOnObjectPrototype: [],
      routesHitFewerThan40Times: [],
      botEndpointHits: true,
    });
    expect(sent).toBeGreaterThanOrEqual(REQUIRED);
  }, 600_000);
});

/* ------------------------------------------------------------------------------------------------------------ */
/* The generator                                                                                                */

/** Field names of the app's bodies and activities, for hostile keys that look almost right. */
const FIELD_NAMES = [
  'email',
  'meetings',
  'month',
  'start',
  'end',
  'weekdays',
  'startTime',
  'durationMinutes',
  'comment',
  'scope',
  'areaId',
  'terms',
  'term',
  'startsOn',
  'endsOn',
  'schoolId',
  'pupilReference',
  'yearGroup',
  'requestType',
  'areasOfNeed',
  'amountPence',
  'periodStart',
  'periodEnd',
  'prgServiceIds',
  'outcome',
  'reason',
  'allocationPence',
  'protections',
  'csv',
  'confirmDelegatedAuthority',
  'headteacherName',
  'personId',
  'question',
  'answer',
  'theme',
  'themes',
  'text',
  'draft',
  'context',
  'faqId',
  'publish',
  'helpful',
  'conversationId',
  'type',
  'name',
  'value',
  'from',
  'conversation',
  'recipient',
  'channelData',
  'action',
  'verb',
  'data',
  'commandId',
  'parameters',
  'id',
  'aadObjectId',
  'tenant',
  'membersAdded',
];

/** A valid body per route (by "METHOD path"), to be mutated: most of it passes validation, so the hostile part goes deep. */
function validBodies(fx: Fixtures): Record<string, unknown> {
  const meetingStart = fx.meetingStarts[0] ?? '2026-09-15T15:45:00+01:00';
  return {
    'POST /api/dev/token': { email: PEOPLE.officer.email },
    'POST /api/communities/:id/cycles/:year/proposal': { weekdays: [2, 4], startTime: '15:45', durationMinutes: 90 },
    'POST /api/communities/:id/cycles/:year': { meetings: fx.cycleSlots },
    'PATCH /api/meetings/:id': {
      start: `${meetingStart.slice(0, 10)}T13:00:00${meetingStart.slice(19)}`,
      end: `${meetingStart.slice(0, 10)}T14:30:00${meetingStart.slice(19)}`,
    },
    'POST /api/meetings/:id/cancel': { comment: 'The hall is needed for exams that afternoon.' },
    'POST /api/kit/:year/proposal': { scope: 'all' },
    'POST /api/kit/:year': { areaId: null, meetings: fx.kitSlots },
    'PUT /api/academic-years/:year/terms': { terms: terms(2028) },
    'POST /api/funding-requests': requestBody(school.id),
    'POST /api/funding-requests/:id/decision': { outcome: 'declined', reason: 'Met from the notional SEN budget.' },
    'POST /api/funding-requests/:id/revoke': { reason: 'The pupil moved school.' },
    'POST /api/funding-requests/:id/withdraw': {},
    'PUT /api/communities/:id/budget': { allocationPence: 90000000, protections: [] },
    'POST /api/budgets/import': {
      csv: `community_id,academic_year,allocation_gbp\n${otherCommunity.id},${YEAR},1000\n`,
    },
    'POST /api/schools/:id/representative': {
      confirmDelegatedAuthority: true,
      headteacherName: 'Ms Head',
      personId: fx.personIds[1],
    },
    'POST /api/faq': {
      question: 'Who can register a representative?',
      answer: 'A member of staff.',
      theme: fx.themeIds[0],
    },
    'POST /api/faq/import': {
      markdown: '## Meetings\n\n### Who keeps the minutes of a community meeting?\n\nThe chair agrees it.\n',
    },
    'PUT /api/faq/:id': {
      question: 'Who registers a representative?',
      answer: 'Staff, a chair or an officer.',
      theme: fx.themeIds[0],
    },
    'POST /api/faq/:id/phrasings': { text: 'Who registers a school representative, and how?' },
    'POST /api/documents': {
      title: 'Operational guidance',
      url: 'https://www.kelsi.org.uk/guidance',
      kind: 'guidance',
      audience: 'all',
    },
    'PUT /api/documents/:id': {
      title: 'Community papers',
      url: 'https://kentcc.sharepoint.com/sites/cos/papers.pdf',
      kind: 'termsOfReference',
      audience: 'community',
      communityId: fx.communityIds[0],
    },
    'POST /api/documents/:id/read': {},
    'POST /api/documents/:id/announce': {},
    'POST /api/communities/:id/cycles/:year/poll': { closesAt: '2026-07-10' },
    'POST /api/polls/:id/answers': { answers: [{ month: '2026-11', works: false, reason: 'Exam week' }] },
    'POST /api/events': eventBody(),
    'POST /api/events/:id/announce': {},
    'POST /api/events/:id/bookings': {},
    'PUT /api/questions/themes': { themes: fx.themeIds.filter((t) => t !== 'all').map((id) => ({ id, name: id })) },
    'POST /api/questions': { theme: fx.themeIds[0], text: question, draft: true },
    'POST /api/questions/:id/send': {},
    'POST /api/questions/:id/answered-by-faq': { faqId: fx.faqIds[0] },
    'POST /api/questions/:id/assign': {},
    'POST /api/questions/:id/answer': { text: 'Ask your link practitioner first.', publish: false },
    'POST /api/questions/:id/duplicate': { faqId: fx.faqIds[0] },
    'POST /api/questions/:id/close': { reason: 'Answered at the last meeting.' },
    'POST /api/questions/:id/feedback': { helpful: true },
    'POST /api/questions/:id/follow-up': { text: 'And for a pupil in year 7?' },
    'PUT /api/question-routes/:theme': { conversationId: '19:nowhere@thread.tacv2' },
  };
}

/** An event an officer may create: a briefing next year for everyone with a role in Kent. */
function eventBody() {
  return {
    title: 'Locality Model briefing',
    audience: 'everyone',
    venue: 'The Inn on the Lake, Shorne, Gravesend, DA12 3HB',
    start: '2027-06-04T13:00:00+01:00',
    end: '2027-06-04T16:00:00+01:00',
    bookingCloses: '2027-05-28T17:00:00+01:00',
    capacity: 120,
    placesPerSchool: 1,
  };
}

/** Good values for a path parameter, by the segment before it. */
function knownFor(fx: Fixtures, before: string, param: string): string[] {
  const years = [YEAR, LATER_YEAR, '2025-26', '2028-29'];
  if (param === 'year') return years;
  if (param === 'cycleId') return fx.cycleIds;
  if (param === 'theme') return fx.themeIds;
  if (param === 'file') {
    return before === 'meetings' ? fx.meetingIds.map((m) => `${m}.ics`) : [...years.map((y) => `${y}.ics`), 'x.ics'];
  }
  const byCollection: Record<string, string[]> = {
    communities: fx.communityIds,
    'funding-requests': fx.requestIds,
    questions: fx.questionIds,
    faq: fx.faqIds,
    meetings: fx.meetingIds,
    schools: fx.schoolIds,
    events: [...fx.eventIds, ...fx.eventIds.map((id) => `${id}.ics`)],
  };
  return byCollection[before] ?? [...fx.communityIds, ...fx.requestIds];
}

/** A path for a route: each parameter a known value or a hostile segment; sometimes the path itself is bent. */
function pathFor(fx: Fixtures, route: ServedRoute, known: string[]): fc.Arbitrary<string> {
  const query = queryString(known);
  if (route.pattern) {
    // The tab's deep links: anything outside /api and /healthz.
    const segments = fc.array(pathSegment(['tab', 'assets', 'app.js', 'index.html', 'funding', 'questions']), {
      maxLength: 4,
    });
    return fc.tuple(segments, query).map(([s, q]) => `/${s.join('/')}${q}`);
  }
  const parts = route.path.split('/').slice(1);
  const segmentArbs = parts.map((part, i) =>
    part.startsWith(':') ? pathSegment(knownFor(fx, parts[i - 1] ?? '', part.slice(1))) : fc.constant(part),
  );
  const bend = fc.oneof(
    { weight: 12, arbitrary: fc.constant('') },
    { weight: 3, arbitrary: fc.constantFrom('/', '//', '/.', '/..', '%2F', ';x=1', 'CASE') },
  );
  return fc.tuple(fc.tuple(...segmentArbs), bend, query).map(([segments, b, q]) => {
    const joined = `/${segments.join('/')}`;
    if (b === 'CASE') return `${joined.toUpperCase()}${q}`;
    return `${joined}${b}${q}`;
  });
}

/** Headers: who it is (or garbage), the content type, an Idempotency-Key, a proxy's X-Forwarded-For, and others. */
function headersFor(
  fx: Fixtures,
  hasBody: boolean,
): fc.Arbitrary<{ as: string; headers: Record<string, string | string[]> }> {
  const people = Object.keys(fx.tokens) as Person[];
  const auth = fc.oneof(
    {
      weight: 14,
      // Those who may do most (an officer, the chair, the school's representative) more often, to reach deeper.
      arbitrary: fc
        .oneof(
          { weight: 4, arbitrary: fc.constantFrom<Person>('officer', 'chairOwn') },
          { weight: 2, arbitrary: fc.constant<Person>('repOwn') },
          { weight: 4, arbitrary: fc.constantFrom(...people) },
        )
        .map((who) => ({ as: who, value: `Bearer ${fx.tokens[who]}` })),
    },
    { weight: 2, arbitrary: fc.constant({ as: 'nobody', value: undefined as string | undefined }) },
    { weight: 1, arbitrary: fc.constant({ as: 'stranger', value: `Bearer ${fx.strangerToken}` }) },
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          fc.constantFrom(...people).map((who) => {
            const t = fx.tokens[who];
            return `Bearer ${t.slice(0, -3)}${t.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`; // signature tampered
          }),
          fc.constantFrom(...people).map((who) => {
            const [h, , s] = fx.tokens[who].split('.');
            const payload = Buffer.from(JSON.stringify({ email: PEOPLE.officer.email, sub: 'x' })).toString(
              'base64url',
            );
            return `Bearer ${h}.${payload}.${s}`; // payload swapped
          }),
          fc.constantFrom(...people).map((who) => `bearer   ${fx.tokens[who]}   `),
          fc.constantFrom(...people).map((who) => `Bearer ${fx.tokens[who]}, Bearer ${fx.tokens[who]}`),
          fc.constant(
            `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"email":"${PEOPLE.officer.email}"}`).toString('base64url')}.`,
          ),
          fc.constant(`Bearer ${Buffer.from('{"alg":"HS256","crit":["x"],"b64":false}').toString('base64url')}.e30.`),
          fc.constantFrom(
            'Bearer',
            'Bearer ',
            'Bearer .',
            'Bearer ..',
            'Bearer a.b.c',
            'Basic dXNlcjpwYXNz',
            'Negotiate x',
            'null',
          ),
          fc.constant(`Bearer ${'A'.repeat(12_000)}`),
          headerText(200).map((t) => `Bearer ${t}`),
          headerText(60),
        )
        .map((value) => ({ as: 'garbage', value: value as string | undefined })),
    },
  );
  const contentType = hasBody
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constant('application/json') },
        { weight: 4, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
      )
    : fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined, freq: 5 });
  const idempotencyKey = fc.option(
    fc.oneof(
      fc.uuid(),
      fc.constantFrom('', ' ', '\t', 'a', 'same-key', 'same-key ', 'ü', '\u00ff\u00fe', '%00'),
      headerText(40),
      fc.constantFrom(201, 255, 1_000, 10_000).map((n) => 'k'.repeat(n)),
      fc.tuple(fc.uuid(), fc.uuid()).map(([a, b]) => [a, b]),
    ),
    { nil: undefined, freq: 3 },
  );
  const forwarded = fc.option(
    fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      fc.constantFrom('127.0.0.1', '::1', 'unknown', '', '127.0.0.1, 203.0.113.9', '300.1.1.1', '_hidden'),
      headerText(50),
    ),
    { nil: undefined, freq: 8 },
  );
  const extra = fc.option(
    fc.oneof(
      fc.constantFrom<[string, string]>(
        ['forwarded', 'for=203.0.113.9;proto=https'],
        ['content-encoding', 'gzip'],
        ['content-encoding', 'br'],
        ['content-encoding', 'deflate, gzip'],
        ['content-encoding', 'x-unknown'],
        ['accept', 'application/xml'],
        ['accept', '*/*;q=0'],
        ['accept-charset', 'klingon'],
        ['x-http-method-override', 'DELETE'],
        ['origin', 'https://evil.example'],
        ['cookie', '__proto__=1; a=%00'],
        ['range', 'bytes=0-0,1-1,2-2'],
        ['if-none-match', '*'],
        ['x-ms-client-principal', 'e30='],
      ),
      fc.tuple(fc.constantFrom('x-fuzz', 'x-original-url', 'x-rewrite-url', 'x-forwarded-host'), headerText(80)),
    ),
    { nil: undefined, freq: 6 },
  );
  return fc
    .record({ auth, contentType, idempotencyKey, forwarded, extra })
    .map(({ auth, contentType, idempotencyKey, forwarded, extra }) => {
      const headers: Record<string, string | string[]> = {};
      if (auth.value !== undefined) headers.authorization = auth.value;
      if (contentType !== undefined) headers['content-type'] = contentType;
      if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
      if (forwarded !== undefined) headers['x-forwarded-for'] = forwarded;
      if (extra) headers[extra[0]] = extra[1];
      return { as: auth.as, headers };
    });
}

let bomb: Buffer | undefined;

/** A body for a route: none, its valid body mutated, random JSON, broken text, bytes that are not UTF-8, huge. */
function bodyFor(
  valid: unknown | undefined,
  json: fc.Arbitrary<unknown>,
): fc.Arbitrary<{ body?: Buffer; gzip?: boolean }> {
  const text = (t: string) => ({ body: Buffer.from(t, 'utf8') });
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant({}) },
    ...(valid === undefined
      ? []
      : [{ weight: 32, arbitrary: mutated(valid, json, FIELD_NAMES).map((v) => text(toJsonText(v))) }]),
    ...(valid === undefined ? [] : [{ weight: 4, arbitrary: fc.constant(text(JSON.stringify(valid))) }]),
    { weight: 16, arbitrary: json.map((v) => text(toJsonText(v))) },
    { weight: 8, arbitrary: brokenJson.map(text) },
    { weight: 3, arbitrary: notUtf8.map((body) => ({ body })) },
    { weight: 1, arbitrary: hugeBody.map((make) => text(make())) },
    {
      weight: 1,
      arbitrary: fc.constant(0).map(() => {
        bomb ??= gzipBomb();
        return { body: bomb, gzip: true };
      }),
    },
  );
}

/** A request to one route of the JSON API, the health check or the tab. */
function routeCase(fx: Fixtures, route: ServedRoute, valids: Record<string, unknown>): fc.Arbitrary<FuzzCase> {
  const target = `${route.method} ${route.path}`;
  const known = [
    ...fx.communityIds,
    ...fx.schoolIds,
    ...fx.requestIds,
    ...fx.questionIds,
    ...fx.faqIds,
    ...fx.meetingIds,
    ...fx.themeIds,
    ...fx.personIds,
    YEAR,
  ];
  const json = hostileJson(FIELD_NAMES, known);
  const valid = valids[target];
  const method = fc.oneof(
    { weight: 12, arbitrary: fc.constant(route.method) },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE') },
  );
  return fc
    .record({
      method,
      path: pathFor(fx, route, known),
      headers: headersFor(fx, route.method !== 'GET'),
      body: bodyFor(valid, json),
    })
    .map(({ method, path: p, headers, body }) => {
      const h = { ...headers.headers };
      if (body.gzip) h['content-encoding'] = 'gzip';
      return {
        target,
        as: headers.as,
        request: { method, path: p, headers: h, body: body.body },
        // A GET writes only where the app logs a read (a funding request's narrative).
        mayWrite: !['GET', 'HEAD', 'OPTIONS'].includes(method) || /^\/api\/funding-requests\//i.test(p),
        may501: false,
      };
    });
}

/**
 * A request that is right but for its hostile parts: the route's method, known ids in the path, a person who may act,
 * JSON content, and the valid body with one to three changes (or a hostile query string). It gets past sign-in,
 * routing and the id lookups, so the hostile value reaches validation, the domain and the store.
 */
function nearValidCase(fx: Fixtures, route: ServedRoute, valids: Record<string, unknown>): fc.Arbitrary<FuzzCase> {
  const target = `${route.method} ${route.path}`;
  const known = [...fx.communityIds, ...fx.schoolIds, ...fx.requestIds, ...fx.questionIds, ...fx.faqIds, YEAR];
  const json = hostileJson(FIELD_NAMES, known);
  const parts = route.path.split('/').slice(1);
  const path = fc.tuple(
    ...parts.map((part, i) =>
      part.startsWith(':')
        ? fc.constantFrom(...knownFor(fx, parts[i - 1] ?? '', part.slice(1))).map(encodeURIComponent)
        : fc.constant(part),
    ),
  );
  const valid = valids[target];
  const body =
    valid === undefined
      ? fc.constant(undefined)
      : mutated(valid, json, FIELD_NAMES).map((v) => Buffer.from(toJsonText(v), 'utf8'));
  const query = route.method === 'GET' ? queryString(known) : fc.constant('');
  return fc
    .record({ segments: path, query, body, who: fc.constantFrom<Person>('officer', 'chairOwn', 'repOwn') })
    .map(({ segments, query: q, body: b, who }) => ({
      target,
      as: who,
      request: {
        method: route.method,
        path: `/${segments.join('/')}${q}`,
        headers: {
          authorization: `Bearer ${fx.tokens[who]}`,
          ...(b === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: b,
      },
      mayWrite: route.method !== 'GET' || route.path.startsWith('/api/funding-requests/'),
      may501: false,
    }));
}

/** A path no route serves, under /api and outside it. */
function unknownPathCase(fx: Fixtures): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
      segments: fc.array(pathSegment(['api', 'dev', 'messages', 'healthz', '..']), { minLength: 1, maxLength: 5 }),
      prefix: fc.constantFrom('/api/', '/api/dev/', '/', '/api/messages/', '/healthz/', '/API/'),
      headers: headersFor(fx, true),
      body: bodyFor(undefined, hostileJson(FIELD_NAMES)),
    })
    .map(({ method, segments, prefix, headers, body }) => ({
      target: 'unknown path',
      as: headers.as,
      request: { method, path: `${prefix}${segments.join('/')}`, headers: headers.headers, body: body.body },
      mayWrite: method !== 'GET',
      may501: false,
    }));
}

/** Card data that looks like the verbs' own: known keys with known or hostile values. */
function cardData(fx: Fixtures, json: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const knownValues = [
    ...fx.communityIds,
    ...fx.meetingIds,
    ...fx.requestIds,
    ...fx.questionIds,
    ...fx.faqIds,
    ...fx.themeIds,
    ...fx.schoolIds,
    YEAR,
    '2026-09-15',
    '13:30',
    'approved',
    'declined',
    'true',
    'false',
  ];
  const keys = [
    'communityId',
    'academicYear',
    'meetingId',
    'date',
    'time',
    'comment',
    'requestId',
    'outcome',
    'reason',
    'questionId',
    'faqId',
    'theme',
    'text',
    'context',
    'submissionId',
    'answerText',
    'publish',
    'helpful',
    'followUp',
    'query',
    'question_new',
    'answer_new',
    'theme_new',
    'schoolId',
    'amount',
    'periodStart',
    'periodEnd',
    'prgServiceIds',
    'idempotencyKey',
    'scope',
    ...fx.cycleSlots.flatMap((s) => [`date_${s.month}`, `time_${s.month}`]),
    '__proto__',
    'constructor',
  ];
  const generic = fc
    .array(fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.constantFrom(...knownValues), json)), { maxLength: 8 })
    .map((entries) => new JsonEntries(entries));
  const slotInputs = Object.fromEntries(
    fx.cycleSlots.flatMap((s) => [
      [`date_${s.month}`, s.start.slice(0, 10)],
      [`time_${s.month}`, s.start.slice(11, 16)],
    ]),
  );
  const validOnes = [
    { communityId: C, academicYear: YEAR, ...slotInputs },
    { meetingId: fx.meetingIds[1], date: '2027-01-12', time: '13:30' },
    { meetingId: fx.meetingIds[2], comment: 'The hall is needed for exams.' },
    {
      schoolId: school.id,
      pupilReference: 'Y5-031',
      yearGroup: '5',
      requestType: 'individual',
      areasOfNeed: 'communicationAndInteraction',
      currentProvision: 'Small-group sessions twice a week.',
      whatIsWorking: 'Visual timetables.',
      hopedForOutcomes: 'Joins carpet time.',
      nextSteps: 'Review in six weeks.',
      amount: '1200.00',
      periodStart: '2026-09-01',
      periodEnd: '2027-03-31',
      prgServiceIds: 'stls',
      idempotencyKey: 'card-1',
    },
    { requestId: fx.requestIds[0], outcome: 'declined', reason: 'Met from the school budget.' },
    { theme: fx.themeIds[0], text: question, context: '', submissionId: 'card-2' },
    { questionId: fx.questionIds[1], answerText: 'Ask your link practitioner.', publish: false },
    { questionId: fx.questionIds[2], followUp: 'And for year 7?' },
    { question_new: 'Can a chair decide?', answer_new: 'The community decides together.', theme_new: fx.themeIds[0] },
  ];
  return fc.oneof(
    { weight: 4, arbitrary: generic },
    { weight: 4, arbitrary: fc.constantFrom(...validOnes).chain((v) => mutated(v, json, keys)) },
    { weight: 2, arbitrary: json },
  );
}

/** An activity to /api/messages: not an object, or one with missing fields, wrong types, random invokes and verbs. */
function activityCase(fx: Fixtures, serviceUrl: string): fc.Arbitrary<FuzzCase> {
  const json = hostileJson(FIELD_NAMES, [...fx.meetingIds, ...fx.requestIds, ...fx.questionIds]);
  const people = Object.keys(PEOPLE) as Person[];
  const sender = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .constantFrom(...people)
        .map((who) => ({ aadObjectId: PEOPLE[who].aadObjectId ?? undefined, name: who })),
    },
    { weight: 1, arbitrary: fc.uuid().map((aadObjectId) => ({ aadObjectId, name: 'stranger' })) },
    { weight: 1, arbitrary: fc.constant({ id: '29:no-entra-identity', name: 'nobody' }) },
  );
  const text = fc.oneof(
    fc.constantFrom(
      'help',
      'plan meetings',
      'ask',
      'questions',
      'faq',
      'faq funding',
      'set question channel',
      '<at>Communities</at> help',
    ),
    fc.constantFrom('ask ', 'faq ').chain((c) => hostileString().map((t) => `${c}${t}`)),
    hostileString(),
  );
  const verb = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fx.verbs) },
    { weight: 1, arbitrary: hostileString() },
  );
  const invokeName = fc.oneof(fc.constantFrom(...APP_INVOKES), fc.constantFrom(...FRAMEWORK_INVOKES), hostileString());
  const fields = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ type: fc.constant('message'), text, value: fc.option(json, { nil: undefined, freq: 3 }) }),
    },
    {
      weight: 6,
      arbitrary: fc.record({
        type: fc.constant('invoke'),
        name: fc.constant('adaptiveCard/action'),
        replyToId: fc.constant('card-1'),
        value: fc.record({
          action: fc.record({
            type: fc.constantFrom('Action.Execute', 'Action.Submit', ''),
            verb,
            data: cardData(fx, json),
          }),
          trigger: fc.constantFrom('manual', 'automatic'),
        }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('invoke'),
        name: fc.constant('composeExtension/query'),
        value: fc.record({
          commandId: fc.oneof(fc.constant('searchFaq'), hostileString()),
          parameters: fc.oneof(
            hostileString().map((v) => [{ name: 'searchQuery', value: v }]),
            fc.constant([{ name: 'initialRun', value: 'true' }]),
            json,
          ),
          queryOptions: fc.oneof(fc.record({ skip: json, count: json }), json),
        }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('invoke'),
        name: fc.constantFrom('composeExtension/fetchTask', 'composeExtension/submitAction'),
        value: fc.record({
          commandId: fc.oneof(fc.constant('askKcc'), hostileString()),
          commandContext: fc.constantFrom('message', 'compose', 'commandbox'),
          data: fc.oneof(cardData(fx, json), json),
          messagePayload: fc.oneof(
            fc.record({ body: fc.record({ content: hostileString(), contentType: fc.constantFrom('html', 'text') }) }),
            json,
          ),
        }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('invoke'), name: invokeName, value: json }) },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('conversationUpdate'),
        membersAdded: fc.oneof(fc.constant([{ id: '28:communities-bot' }]), json),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('installationUpdate'),
        action: fc.oneof(fc.constant('add'), hostileString()),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.oneof(
          fc.constantFrom(
            'event',
            'messageReaction',
            'typing',
            'endOfConversation',
            'messageUpdate',
            'messageDelete',
            'command',
            'trace',
            'handoff',
            'Invoke',
            'MESSAGE',
          ),
          hostileString(),
        ),
        name: fc.option(hostileString(), { nil: undefined }),
        value: fc.option(json, { nil: undefined }),
      }),
    },
  );
  const object = fc
    .tuple(
      sender,
      fields,
      fc.oneof(
        fc.constant(`a:${'x'.repeat(8)}`),
        fc.uuid().map((u) => `a:${u}`),
        hostileString(),
      ),
    )
    .chain(([s, f, conversationId]) => {
      // The activity as Teams would send it, then mutated anywhere but the serviceUrl: a reply to any other
      // address would leave this machine (the service trusts it because Bot Framework authenticates activities).
      const { serviceUrl: _serviceUrl, ...activity } = teamsActivity(
        serviceUrl,
        s,
        f as Record<string, unknown>,
        conversationId,
      );
      return fc.oneof(
        { weight: 2, arbitrary: fc.constant(activity as unknown) },
        { weight: 5, arbitrary: mutated(activity, json, FIELD_NAMES) },
      );
    })
    .map((v) => {
      if (v instanceof JsonEntries) return new JsonEntries([...v.entries, ['serviceUrl', serviceUrl]]);
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) return { ...v, serviceUrl };
      return v;
    });
  const body = fc.oneof(
    { weight: 48, arbitrary: object.map((v) => Buffer.from(toJsonText(v), 'utf8')) },
    { weight: 8, arbitrary: json.map((v) => Buffer.from(toJsonText(v), 'utf8')) },
    { weight: 4, arbitrary: brokenJson.map((t) => Buffer.from(t, 'utf8')) },
    { weight: 3, arbitrary: notUtf8 },
    { weight: 1, arbitrary: hugeBody.map((make) => Buffer.from(make(), 'utf8')) },
  );
  const headers = fc.record({
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constant('application/json') },
      { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    ),
    authorization: fc.option(fc.oneof(fc.constantFrom('Bearer x.y.z', 'Bearer', 'Basic Og=='), headerText(80)), {
      nil: undefined,
      freq: 12,
    }),
    forwardedFor: fc.option(fc.ipV4(), { nil: undefined, freq: 15 }),
  });
  return fc
    .record({
      body,
      headers,
      method: fc.oneof(
        { weight: 30, arbitrary: fc.constant('POST') },
        { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT') },
      ),
    })
    .map(({ body: b, headers: h, method }) => {
      const headerMap: Record<string, string> = { 'content-type': h.contentType };
      if (h.authorization !== undefined) headerMap.authorization = h.authorization;
      if (h.forwardedFor !== undefined) headerMap['x-forwarded-for'] = h.forwardedFor;
      let parsed: unknown;
      try {
        parsed = JSON.parse(b.toString('utf8'));
      } catch {
        parsed = undefined;
      }
      const activity = parsed as { type?: unknown; name?: unknown; from?: { name?: unknown } } | undefined;
      const isObject = typeof activity === 'object' && activity !== null && !Array.isArray(activity);
      return {
        target: 'POST /api/messages',
        as: isObject && typeof activity.from?.name === 'string' ? activity.from.name : 'unknown sender',
        request: { method, path: '/api/messages', headers: headerMap, body: b },
        mayWrite: true,
        may501:
          isObject &&
          activity.type === 'invoke' &&
          !(typeof activity.name === 'string' && APP_INVOKES.has(activity.name)),
      };
    });
}

/** Any fuzz case: the routes evenly, the bot endpoint a quarter of the time, unknown paths now and then. */
function fuzzCase(fx: Fixtures, routes: ServedRoute[], serviceUrl: string): fc.Arbitrary<FuzzCase> {
  const valids = validBodies(fx);
  const apiRoutes = routes.filter((r) => !(r.method === 'POST' && r.path === '/api/messages'));
  return fc.oneof(
    {
      weight: 70,
      arbitrary: fc.oneof(
        ...apiRoutes.map((r) =>
          r.pattern
            ? routeCase(fx, r, valids)
            : fc.oneof(
                { weight: 3, arbitrary: routeCase(fx, r, valids) },
                { weight: 2, arbitrary: nearValidCase(fx, r, valids) },
              ),
        ),
      ),
    },
    { weight: 26, arbitrary: activityCase(fx, serviceUrl) },
    { weight: 4, arbitrary: unknownPathCase(fx) },
  );
}

/** The first error a batch of log lines tells of: the message of a logged error, or the first line of a console.error. */
function errorOf(lines: string[]): string | undefined {
  for (const line of lines) {
    if (line.startsWith('console.error: ')) return line.slice('console.error: '.length).split('\n')[0];
    try {
      const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } | string };
      if (entry.err) return `${entry.msg}: ${typeof entry.err === 'string' ? entry.err : entry.err.message}`;
    } catch {
      // not JSON: skip
    }
  }
  return undefined;
}
