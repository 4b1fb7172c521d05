import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { createLogger } from '../../bot/src/platform/logging/logger';
import { inSpan } from '../../bot/src/platform/telemetry/spans';
import { BatchDispatcher, GRAPH_LIMITS } from '../../bot/src/scheduling/calendar/graph/batch-dispatcher';
import { apiWithToken, devTokenFor } from '../support/api-client';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';
import { demoPersonWith } from '../support/demo-people';
import { startTestService, type TestService } from '../support/start-test-service';
import { TeamsConversations } from '../support/teams-conversations';

/*
 * What the IT team's traces hold: a span per bot turn, API request, Graph $batch and outbox delivery, named by what
 * the code did (verb, route pattern, kind, status, counts), and never what a person typed, a pupil's reference or a
 * token. The secrets below are sent through every door; then everything exported is searched for them.
 */
const PUPIL_REFERENCE = 'Y4-917';
const QUESTION = 'Can Zebedee Quartermaine get speech therapy funded twice';
const SEARCHED = 'zanzibar quartermaine speech';

describe('telemetry for the IT team', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let service: TestService;
  let connector: CaptureConnector;
  let token = '';
  const representative = demoPersonWith('representative');

  beforeAll(async () => {
    provider.register();
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    const teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
    const sender = { aadObjectId: representative.aadObjectId, name: representative.displayName };
    const chat = 'a:telemetry-chat';
    await teams.say(sender, 'help', chat);
    await teams.say(sender, QUESTION, chat);
    await teams.press(sender, 'askQuestion', { theme: 'funding', text: QUESTION }, chat);
    await teams.press(sender, 'no-such-verb Zebedee', { pupilReference: PUPIL_REFERENCE }, chat);
    token = await devTokenFor(service.baseUrl, representative.email);
    const api = apiWithToken(service.baseUrl, token);
    await api.call('GET', `/api/faq/search?q=${encodeURIComponent(SEARCHED)}`);
    await api.call('POST', '/api/funding-requests', { pupilReference: PUPIL_REFERENCE, nextSteps: QUESTION });
    const dispatcher = new BatchDispatcher(
      async (requests) =>
        requests.map((r, i) => ({ id: r.id, status: i === 0 ? 429 : 201, headers: { 'retry-after': '0' } })),
      { ...GRAPH_LIMITS, maxAttempts: 2 },
    );
    await Promise.all(
      [1, 2, 3].map(() =>
        dispatcher.submit('cos-dover@kent.demo.example', {
          method: 'POST',
          url: '/users/cos-dover@kent.demo.example/events',
          body: { subject: PUPIL_REFERENCE },
        }),
      ),
    );
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
    await provider.shutdown();
    trace.disable();
  });

  const spans = () => exporter.getFinishedSpans();
  const named = (name: string) => spans().filter((s) => s.name === name);

  it('traces each bot turn with its activity, verb or command, roles and outcome', () => {
    const invokes = named('bot.turn').filter((s) => s.attributes['cos.activity.name'] === 'adaptiveCard/action');
    expect(invokes.map((s) => s.attributes['cos.verb']).sort()).toEqual(['askQuestion', 'unknown']);
    expect(invokes.find((s) => s.attributes['cos.verb'] === 'askQuestion')?.attributes).toMatchObject({
      'cos.roles': 'representative',
      'cos.outcome': 'card',
      'cos.conversation.type': 'personal',
    });
    const messages = named('bot.turn').filter((s) => s.attributes['cos.activity.type'] === 'message');
    expect(messages.map((s) => s.attributes['cos.command'])).toContain('help');
  });

  it('traces each API request by its route pattern and status, with the turn inside its request', () => {
    const requests = named('api.request');
    expect(requests.map((s) => s.attributes['http.route'])).toEqual(
      expect.arrayContaining(['/api/faq/search', '/api/funding-requests', '/api/messages']),
    );
    const refused = requests.find((s) => s.attributes['http.route'] === '/api/funding-requests');
    expect(refused?.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.response.status_code': 400 });
    const turn = named('bot.turn')[0];
    const parent = requests.find((s) => s.spanContext().spanId === turn?.parentSpanContext?.spanId);
    expect(parent?.attributes['http.route']).toBe('/api/messages');
  });

  it('traces each Graph $batch with its requests, throttling and retries', () => {
    const batches = named('graph.batch');
    expect(batches[0]?.attributes).toMatchObject({ 'cos.graph.requests': 3, 'cos.graph.throttled': 1 });
    expect(batches[1]?.attributes).toMatchObject({ 'cos.graph.requests': 1, 'cos.graph.retries': 1 });
  });

  it('never exports text a person typed, a pupil reference, a name or a token', () => {
    const exported = JSON.stringify(
      spans().map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })),
    );
    expect(spans().length).toBeGreaterThan(5);
    for (const secret of [PUPIL_REFERENCE, 'Zebedee', 'Quartermaine', 'zanzibar', token, representative.email]) {
      expect({ secret, found: exported.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('writes the trace id on each log line written during a traced piece of work', async () => {
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    let traceId = '';
    await inSpan('test.work', {}, async () => {
      traceId = trace.getActiveSpan()?.spanContext().traceId ?? '';
      logger.info('inside');
    });
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ msg: 'inside', trace_id: traceId });
  });
});
