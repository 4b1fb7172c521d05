import type { Server } from 'node:http';
import type { Event } from '@microsoft/microsoft-graph-types';
import express from 'express';

/**
 * A fault the double injects into one request inside a $batch; `afterCreating` makes the event and then loses the
 * answer, as a gateway timeout can.
 */
type InjectedFault =
  | { status: 400 | 429 | 503 | 504; retryAfterSeconds?: number; afterCreating?: boolean }
  | { hang: true }
  | undefined;

/** What a test can ask of the double and read back from it. */
export interface GraphDouble {
  baseUrl: string;
  /** Events per mailbox, as stored. */
  events: Map<string, (Event & { id: string })[]>;
  /** Every HTTP call received, by kind (`creates` and `lookups` count the requests inside batches). */
  calls: { batch: number; creates: number; lookups: number; patch: number; cancel: number; getSchedule: number };
  /** Faults injected so far. */
  faultsInjected: number;
  /** Whether a create repeating an earlier one's transactionId gets that event back (on by default, as Graph does). */
  honoursTransactionId: boolean;
  /** The batch call (1-based) during which the caller's process "dies": half its requests run, no answer ever comes. */
  crashOnBatch: number | undefined;
  /** Tokens of callers that died: their calls are never answered, as a killed process sends and hears nothing. */
  deadTokens: Set<string>;
  /** Request shapes the double refused, with why. */
  shapeErrors: string[];
  /** Highest number of requests the double ran at the same time for one mailbox (Exchange allows 4). */
  maxConcurrentPerMailbox: number;
  cancelled: { eventId: string; comment: string }[];
  patches: { eventId: string; body: Record<string, unknown> }[];
  /** Decides a fault for the n-th create of a transaction id, or the n-th lookup of `lookup:<meeting id>` (1-based). */
  fault: (key: string, attempt: number) => InjectedFault;
  /** Transaction ids whose event Graph creates without a Teams join link. */
  withoutJoinUrl: Set<string>;
  /** Mailboxes whose events need no Teams meeting (invitations to a venue, from the events organizer mailbox). */
  inPersonMailboxes: Set<string>;
  close(): Promise<void>;
}

/** Starts an in-process Microsoft Graph double that checks request shapes, dedupes by transactionId and injects faults. */
export async function startGraphDouble(options: {
  latencyMs?: number;
  acceptToken: (token: string) => boolean;
  /** More of Graph to serve behind the same token check (mail, app installations). */
  extend?: (app: express.Express) => void;
}): Promise<GraphDouble> {
  const attempts = new Map<string, number>();
  let nextId = 1;
  const double: Omit<GraphDouble, 'baseUrl' | 'close'> = {
    events: new Map(),
    calls: { batch: 0, creates: 0, lookups: 0, patch: 0, cancel: 0, getSchedule: 0 },
    faultsInjected: 0,
    honoursTransactionId: true,
    crashOnBatch: undefined,
    deadTokens: new Set(),
    shapeErrors: [],
    maxConcurrentPerMailbox: 0,
    cancelled: [],
    patches: [],
    fault: () => undefined,
    withoutJoinUrl: new Set(),
    inPersonMailboxes: new Set(),
  };
  const delay = () => new Promise((r) => setTimeout(r, options.latencyMs ?? 0));
  const app = express();
  app.use(express.json({ limit: '4mb' }));
  app.use((req, res, next) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (token && double.deadTokens.has(token)) return; // Never answered: the caller is dead.
    if (!token || !options.acceptToken(token)) {
      res
        .status(401)
        .json({ error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty or invalid.' } });
      return;
    }
    next();
  });

  const createEvent = async (
    mailbox: string,
    body: Event,
  ): Promise<{ status: number; headers?: Record<string, string>; body: unknown }> => {
    const problems = eventShapeProblems(body, !double.inPersonMailboxes.has(mailbox));
    if (problems.length > 0) {
      double.shapeErrors.push(...problems);
      return { status: 400, body: { error: { code: 'ErrorInvalidRequest', message: problems.join('; ') } } };
    }
    double.calls.creates++;
    const transactionId = body.transactionId as string;
    const fault = faultFor(transactionId);
    if (fault && 'hang' in fault) await new Promise((r) => setTimeout(r, 3000));
    else if (fault && !fault.afterCreating) return faultAnswer(fault);
    const list = double.events.get(mailbox) ?? [];
    const existing = double.honoursTransactionId && list.find((e) => e.transactionId === transactionId);
    if (existing) return { status: 201, body: existing };
    const id = `AAMk-${nextId++}`;
    const joinUrl = double.withoutJoinUrl.has(transactionId)
      ? undefined
      : `https://teams.microsoft.com/l/meetup-join/${id}`;
    const event = { ...body, id, ...(joinUrl ? { onlineMeeting: { joinUrl } } : {}) };
    list.push(event);
    double.events.set(mailbox, list);
    return fault && 'status' in fault ? faultAnswer(fault) : { status: 201, body: event };
  };

  /** Finds a mailbox's events by a single-value extended property, as Graph's `$filter` on `Any(ep: …)` does. */
  const findEvents = (
    mailbox: string,
    query: string,
  ): { status: number; headers?: Record<string, string>; body: unknown } => {
    double.calls.lookups++;
    const filter = new URLSearchParams(query).get('$filter') ?? '';
    const match =
      /^singleValueExtendedProperties\/Any\(ep: ep\/id eq '([^']+)' and ep\/value eq '((?:[^']|'')*)'\)$/.exec(filter);
    if (!match) {
      double.shapeErrors.push(`unsupported event filter ${filter}`);
      return { status: 400, body: { error: { code: 'BadRequest', message: 'Unsupported filter.' } } };
    }
    const [, id, value] = match as unknown as [string, string, string];
    const fault = faultFor(`lookup:${value.replaceAll("''", "'")}`);
    if (fault && 'status' in fault) return faultAnswer(fault);
    const found = (double.events.get(mailbox) ?? []).filter((e) =>
      e.singleValueExtendedProperties?.some(
        (p) => p.id === id && p.value?.toLowerCase() === value.replaceAll("''", "'").toLowerCase(),
      ),
    );
    return { status: 200, body: { value: found.map((e) => ({ id: e.id, onlineMeeting: e.onlineMeeting })) } };
  };

  /** The fault for the next attempt of a create or lookup, counted. */
  const faultFor = (key: string): InjectedFault => {
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const fault = double.fault(key, attempt);
    if (fault) double.faultsInjected++;
    return fault;
  };

  app.post(/^\/v1\.0\/\$batch$/, async (req, res) => {
    const batchNumber = ++double.calls.batch;
    await delay();
    const requests = (req.body?.requests ?? []) as {
      id: string;
      method: string;
      url: string;
      body: Event;
      dependsOn?: string[];
    }[];
    if (requests.length > 20) {
      double.shapeErrors.push(`batch of ${requests.length} requests`);
      res.status(400).json({ error: { code: 'BadRequest', message: 'At most 20 requests in a batch.' } });
      return;
    }
    const running = new Map<string, number>();
    const results = new Map<
      string,
      Promise<{ id: string; status: number; headers?: Record<string, string>; body: unknown }>
    >();
    const run = (r: (typeof requests)[number]) => {
      const existing = results.get(r.id);
      if (existing) return existing;
      const result = (async () => {
        for (const dependency of r.dependsOn ?? []) {
          const before = requests.find((other) => other.id === dependency);
          if (!before)
            return {
              id: r.id,
              status: 400,
              body: { error: { message: `dependsOn ${dependency} is not in the batch` } },
            };
          if ((await run(before)).status >= 400)
            return { id: r.id, status: 424, body: { error: { code: 'FailedDependency' } } };
        }
        const match = /^\/users\/([^/?]+)\/events(?:\?(.*))?$/.exec(r.url);
        const mailbox = decodeURIComponent(match?.[1] ?? '');
        if (r.method === 'GET' && match?.[2] !== undefined) return { id: r.id, ...findEvents(mailbox, match[2]) };
        if (r.method !== 'POST' || !match?.[1] || match[2] !== undefined) {
          double.shapeErrors.push(`unexpected batch request ${r.method} ${r.url}`);
          return { id: r.id, status: 400, body: { error: { message: 'unexpected request' } } };
        }
        running.set(mailbox, (running.get(mailbox) ?? 0) + 1);
        double.maxConcurrentPerMailbox = Math.max(double.maxConcurrentPerMailbox, running.get(mailbox) ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 5));
        const created = await createEvent(mailbox, r.body);
        running.set(mailbox, (running.get(mailbox) ?? 1) - 1);
        return { id: r.id, ...created };
      })();
      results.set(r.id, result);
      return result;
    };
    if (double.crashOnBatch === batchNumber) {
      // The caller dies mid-batch: the first half of its requests run, then nothing more is heard from it.
      await Promise.all(requests.slice(0, Math.ceil(requests.length / 2)).map(run));
      double.deadTokens.add(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
      return;
    }
    const responses = await Promise.all(requests.map(run));
    res.json({ responses });
  });
  // One event at a time, outside a batch (as the events organizer's invitations are sent), and its lookup.
  app.all('/v1.0/users/:mailbox/events', async (req, res) => {
    await delay();
    const query = req.originalUrl.split('?')[1] ?? '';
    const answer =
      req.method === 'POST' ? await createEvent(req.params.mailbox, req.body) : findEvents(req.params.mailbox, query);
    res
      .status(answer.status)
      .set(answer.headers ?? {})
      .json(answer.body);
  });
  app.patch('/v1.0/users/:mailbox/events/:id', async (req, res) => {
    double.calls.patch++;
    await delay();
    if ('body' in req.body) double.shapeErrors.push('PATCH sent a body, which would overwrite the Teams join details');
    double.patches.push({ eventId: req.params.id, body: req.body });
    const event = double.events.get(req.params.mailbox)?.find((e) => e.id === req.params.id);
    if (!event) return void res.status(404).json({ error: { code: 'ErrorItemNotFound' } });
    Object.assign(event, req.body);
    res.json(event);
  });
  app.post('/v1.0/users/:mailbox/events/:id/cancel', async (req, res) => {
    double.calls.cancel++;
    await delay();
    double.cancelled.push({ eventId: req.params.id, comment: req.body?.comment });
    res.status(202).end();
  });
  app.post('/v1.0/users/:mailbox/calendar/getSchedule', async (req, res) => {
    double.calls.getSchedule++;
    await delay();
    const { schedules, startTime, endTime } = req.body as {
      schedules: string[];
      startTime: { dateTime: string };
      endTime: { dateTime: string };
    };
    const days = (Date.parse(`${endTime.dateTime}Z`) - Date.parse(`${startTime.dateTime}Z`)) / 86_400_000;
    if (schedules.length > 20 || days >= 62)
      double.shapeErrors.push(`getSchedule for ${schedules.length} schedules over ${days} days`);
    res.json({
      value: schedules.map((s) => ({
        scheduleId: s,
        scheduleItems: (double.events.get(s) ?? [])
          .filter((e) => `${e.start?.dateTime}` < endTime.dateTime && `${e.end?.dateTime}` > startTime.dateTime)
          .map((e) => ({ status: 'busy', subject: e.subject, start: e.start, end: e.end })),
      })),
    });
  });

  options.extend?.(app);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(double, {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The answer Graph gives for a throttled or timed-out request. */
function faultAnswer(fault: { status: number; retryAfterSeconds?: number }) {
  const headers: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
  return { status: fault.status, headers, body: { error: { code: 'TooManyRequests', message: 'Please retry.' } } };
}

/** What is wrong with an event a client asked to create, judged by what Graph (and Teams, for a meeting) need. */
function eventShapeProblems(event: Event, teamsMeeting: boolean): string[] {
  const problems: string[] = [];
  if (!event.subject) problems.push('subject missing');
  for (const edge of ['start', 'end'] as const) {
    const value = event[edge];
    if (!value?.dateTime || !value.timeZone) problems.push(`${edge} needs dateTime and timeZone`);
    else if (Number.isNaN(Date.parse(`${value.dateTime}Z`))) problems.push(`${edge}.dateTime is not a date-time`);
  }
  if (teamsMeeting && event.isOnlineMeeting !== true) problems.push('isOnlineMeeting must be true');
  if (teamsMeeting && event.onlineMeetingProvider !== 'teamsForBusiness')
    problems.push('onlineMeetingProvider must be teamsForBusiness');
  if (!teamsMeeting && !event.location?.displayName) problems.push('an event at a venue needs its location');
  if (!event.transactionId) problems.push('transactionId missing');
  if (!event.singleValueExtendedProperties?.some((p) => p.id?.startsWith('String {') && p.value))
    problems.push('no meeting id stamped on the event (singleValueExtendedProperties)');
  if (!event.attendees?.length) problems.push('no attendees');
  for (const a of event.attendees ?? []) {
    if (!a.emailAddress?.address?.includes('@')) problems.push('attendee without an email address');
    if (a.type !== 'required' && a.type !== 'optional') problems.push(`attendee type ${a.type}`);
  }
  return problems;
}
