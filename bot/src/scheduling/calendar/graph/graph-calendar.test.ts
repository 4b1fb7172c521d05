import { type GraphHarness, meetingRequest, startGraphHarness } from '../../../../../test/support/graph-harness';

describe('the Graph calendar adapter against a Graph double', () => {
  let harness: GraphHarness;

  afterEach(async () => {
    await harness?.close();
  });

  it("creates a cycle's seven Teams meetings in one $batch, with an app-only token from msal-node", async () => {
    harness = await startGraphHarness();
    const requests = Array.from({ length: 7 }, (_, n) => meetingRequest('cos-a@kent.demo.example', n));
    const outcomes = await harness.calendar.createEvents(requests);
    expect(outcomes.map((o) => o.status)).toEqual(Array(7).fill('created'));
    expect(outcomes[0]).toMatchObject({
      joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//),
    });
    expect(harness.double.shapeErrors).toEqual([]);
    expect(harness.double.calls.batch).toBe(1);
    expect(harness.double.maxConcurrentPerMailbox).toBe(4); // Four parallel chains; the rest wait through dependsOn.
    expect(harness.entra.tokenRequests).toHaveLength(1);
    expect(harness.double.events.get('cos-a@kent.demo.example')?.[0]).toMatchObject({
      start: { dateTime: '2026-09-01T14:45:00.000', timeZone: 'UTC' },
      attendees: [
        { emailAddress: { address: 'senco@school.demo.example', name: 'A SENCo' }, type: 'required' },
        { emailAddress: { address: 'slt@nhs.demo.example', name: 'A Therapist' }, type: 'optional' },
      ],
    });
  });

  it('packs many mailboxes into batches of at most 20', async () => {
    harness = await startGraphHarness();
    const requests = Array.from({ length: 10 }, (_, m) =>
      Array.from({ length: 7 }, (_, n) => meetingRequest(`cos-${m}@x.example`, n)),
    ).flat();
    const outcomes = await harness.calendar.createEvents(requests);
    expect(outcomes.every((o) => o.status === 'created')).toBe(true);
    expect(harness.double.calls.batch).toBe(4); // 70 events / 20.
    expect(harness.double.maxConcurrentPerMailbox).toBeLessThanOrEqual(4);
  });

  it('retries a 429 and a 503 inside a batch after Retry-After, and ends with one event per meeting', async () => {
    harness = await startGraphHarness();
    harness.double.fault = (tx, attempt) => {
      if (tx.endsWith('-1') && attempt === 1) return { status: 429, retryAfterSeconds: 1 };
      if (tx.endsWith('-2') && attempt <= 2) return { status: 503 };
      return undefined;
    };
    const started = Date.now();
    const outcomes = await harness.calendar.createEvents(
      Array.from({ length: 4 }, (_, n) => meetingRequest('cos-b@x.example', n)),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'created', 'created', 'created']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(harness.double.events.get('cos-b@x.example')).toHaveLength(4);
  });

  it('retries a batch that timed out without duplicating the event Graph made meanwhile', async () => {
    harness = await startGraphHarness({ requestTimeoutMs: 400 });
    harness.double.fault = (tx, attempt) => (tx.endsWith('-0') && attempt === 1 ? { hang: true } : undefined);
    const outcomes = await harness.calendar.createEvents([meetingRequest('cos-c@x.example', 0)]);
    expect(outcomes[0]?.status).toBe('created');
    await new Promise((r) => setTimeout(r, 3200)); // Let the hung request finish inside the double.
    expect(harness.double.events.get('cos-c@x.example')).toHaveLength(1);
  });

  it('looks an event up by its meeting id after a gateway timeout that made it, instead of creating it twice', async () => {
    harness = await startGraphHarness();
    harness.double.honoursTransactionId = false;
    harness.double.fault = (key, attempt) =>
      key.startsWith('tx-') && attempt === 1 ? { status: 504, afterCreating: true } : undefined;
    const [outcome] = await harness.calendar.createEvents([meetingRequest('cos-h@x.example', 0)]);
    const events = harness.double.events.get('cos-h@x.example') ?? [];
    expect(events).toHaveLength(1);
    expect(outcome).toMatchObject({ status: 'created', eventId: events[0]?.id });
    expect(harness.double.calls).toMatchObject({ creates: 1, lookups: 1 });
    expect(harness.double.shapeErrors).toEqual([]);
  });

  it('leaves a meeting unresolved, not failed, when Graph cannot say whether its event exists', async () => {
    harness = await startGraphHarness();
    harness.double.fault = (key) => (key.startsWith('lookup:') ? { status: 400 as const } : undefined);
    const [outcome] = await harness.calendar.createEvents([
      { ...meetingRequest('cos-i@x.example', 0), mayAlreadyExist: true },
    ]);
    expect(outcome).toMatchObject({ status: 'unknown' });
    expect(harness.double.calls.creates).toBe(0);
  });

  it('retries requests whose dependency failed (424) once the dependency succeeds', async () => {
    harness = await startGraphHarness();
    harness.double.fault = (tx, attempt) =>
      tx.endsWith('-0') && attempt === 1 ? { status: 503, retryAfterSeconds: 0 } : undefined;
    const requests = Array.from({ length: 6 }, (_, n) => meetingRequest('cos-g@x.example', n));
    const outcomes = await harness.calendar.createEvents(requests);
    expect(outcomes.map((o) => o.status)).toEqual(Array(6).fill('created'));
    expect(harness.double.events.get('cos-g@x.example')).toHaveLength(6);
  });

  it('records a meeting Graph created without a Teams link, and reports a refusal per meeting', async () => {
    harness = await startGraphHarness();
    harness.double.withoutJoinUrl.add('tx-cos-d@x.example-0');
    const broken = { ...meetingRequest('cos-d@x.example', 1), attendees: [] };
    const outcomes = await harness.calendar.createEvents([meetingRequest('cos-d@x.example', 0), broken]);
    expect(outcomes[0]).toMatchObject({ status: 'created', joinUrl: null });
    expect(outcomes[1]).toMatchObject({ status: 'failed', reason: 'Outlook refused the meeting (400: no attendees).' });
  });

  it('reschedules with a PATCH of the times only, and cancels with the comment for attendees', async () => {
    harness = await startGraphHarness();
    const [created] = await harness.calendar.createEvents([meetingRequest('cos-e@x.example', 0)]);
    if (created?.status !== 'created') throw new Error('not created');
    await harness.calendar.rescheduleEvent(
      'cos-e@x.example',
      created.eventId,
      Date.UTC(2026, 8, 8, 15),
      Date.UTC(2026, 8, 8, 16),
    );
    expect(harness.double.patches).toEqual([
      {
        eventId: created.eventId,
        body: {
          start: { dateTime: '2026-09-08T15:00:00.000', timeZone: 'UTC' },
          end: { dateTime: '2026-09-08T16:00:00.000', timeZone: 'UTC' },
        },
      },
    ]);
    await harness.calendar.cancelEvent('cos-e@x.example', created.eventId, 'Ofsted visit');
    expect(harness.double.cancelled).toEqual([{ eventId: created.eventId, comment: 'Ofsted visit' }]);
    expect(harness.double.shapeErrors).toEqual([]);
  });

  it("reads the organizer's busy times for a whole year in getSchedule calls under 62 days", async () => {
    harness = await startGraphHarness();
    await harness.calendar.createEvents([meetingRequest('cos-f@x.example', 3)]);
    const busy = await harness.calendar.organizerBusy('cos-f@x.example', Date.UTC(2026, 8, 1), Date.UTC(2027, 7, 31));
    expect(harness.double.calls.getSchedule).toBe(6);
    expect(harness.double.shapeErrors).toEqual([]);
    expect(busy).toEqual([
      {
        startMs: Date.UTC(2026, 8, 4, 14, 45),
        endMs: Date.UTC(2026, 8, 4, 16, 15),
        description: 'the organizer mailbox\'s "Meeting 3"',
      },
    ]);
  });
});
