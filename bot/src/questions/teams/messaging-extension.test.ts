import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { actionTitles, cardText } from '../../../../test/support/card-text';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations } from '../../../../test/support/teams-conversations';

const INVOKE_BUDGET_MS = 5000;

type Attachment = {
  contentType: string;
  content: Record<string, unknown>;
  preview?: { contentType: string; content: { title: string } };
};
type TaskCard = {
  task: { type: string; value: { title?: string; card?: { content: Record<string, unknown> } } | string };
};

describe('the message extension: Search FAQ and Ask KCC (Teams and Outlook)', () => {
  let service: TestService;
  let connector: CaptureConnector;
  let teams: TeamsConversations;
  const representative = demoPersonWith('representative');
  const sender = { aadObjectId: representative.aadObjectId, name: representative.displayName };

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
  };

  it('answers a search within 5 s with insertable answer cards, each with a preview', async () => {
    const { result, ms } = await timed(() =>
      teams.extension(sender, 'composeExtension/query', {
        commandId: 'searchFaq',
        parameters: [{ name: 'searchQuery', value: 'does an EHCP top up move with the child to secondary school' }],
        queryOptions: { skip: 0, count: 10 },
      }),
    );
    expect(ms).toBeLessThan(INVOKE_BUDGET_MS);
    expect(result.status).toBe(200);
    const extension = (
      result.body as { composeExtension: { type: string; attachmentLayout: string; attachments: Attachment[] } }
    ).composeExtension;
    expect(extension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    const [first] = extension.attachments;
    expect(first?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first?.preview?.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(extension.attachments.slice(0, 3).map((a) => a.preview?.content.title)).toContain(
      "Will a child's EHCP funding move with them when they start secondary school?",
    );
    expect(actionTitles(first?.content as never)).toEqual([]);
  });

  it('lists the latest answers when the search opens, before anything is typed', async () => {
    const { result } = await timed(() =>
      teams.extension(sender, 'composeExtension/query', {
        commandId: 'searchFaq',
        parameters: [{ name: 'initialRun', value: 'true' }],
      }),
    );
    const extension = (result.body as { composeExtension: { attachments: Attachment[] } }).composeExtension;
    expect(extension.attachments.length).toBeGreaterThanOrEqual(10);
  });

  it('tells someone the app does not know how to get access instead of searching', async () => {
    const { result } = await timed(() =>
      teams.extension({ aadObjectId: 'nobody-we-know' }, 'composeExtension/query', {
        commandId: 'searchFaq',
        parameters: [{ name: 'searchQuery', value: 'PRG' }],
      }),
    );
    expect(result.body).toMatchObject({
      composeExtension: { type: 'message', text: expect.stringContaining('localitymodel@kent.gov.uk') },
    });
  });

  it('opens "Ask KCC" on a message within 5 s with the question written from the message', async () => {
    const { result, ms } = await timed(() =>
      teams.extension(sender, 'composeExtension/fetchTask', {
        commandId: 'askKcc',
        commandContext: 'message',
        messagePayload: {
          body: {
            contentType: 'html',
            content:
              '<p>Do we need a diagnosis before we contact the <b>PRG</b>? It&#39;s for our Reception class.</p>',
          },
        },
      }),
    );
    expect(ms).toBeLessThan(INVOKE_BUDGET_MS);
    const task = (result.body as TaskCard).task;
    expect(task.type).toBe('continue');
    const value = task.value as { title: string; card: { content: Record<string, unknown> } };
    expect(value.title).toBe('Ask KCC');
    expect(JSON.stringify(value.card.content)).toContain(
      '"value":"Do we need a diagnosis before we contact the PRG? It\'s for our Reception class."',
    );
    expect(actionTitles(value.card.content as never)).toEqual(['Check the FAQ']);
  });

  it('checks the FAQ from the dialog, then sends the question to KCC when the asker chooses to, within 5 s each', async () => {
    const asked = await timed(() =>
      teams.extension(sender, 'composeExtension/submitAction', {
        commandId: 'askKcc',
        commandContext: 'message',
        data: {
          step: 'ask',
          submissionId: 'me-1',
          theme: 'prg',
          text: 'Do we need a diagnosis before we contact the PRG?',
          context: '',
        },
      }),
    );
    expect(asked.ms).toBeLessThan(INVOKE_BUDGET_MS);
    const suggestions = ((asked.result.body as TaskCard).task.value as { card: { content: Record<string, unknown> } })
      .card.content;
    expect(cardText(suggestions)).toContain('Do we need a diagnosis or a referral before we contact the PRG?');
    const questionId = JSON.stringify(suggestions).match(/"questionId":"([^"]+)"/)?.[1];
    const sent = await timed(() =>
      teams.extension(sender, 'composeExtension/submitAction', {
        commandId: 'askKcc',
        data: { step: 'sendQuestion', questionId },
      }),
    );
    expect(sent.ms).toBeLessThan(INVOKE_BUDGET_MS);
    expect((sent.result.body as TaskCard).task).toEqual({
      type: 'message',
      value: 'Sent to KCC. Open a chat with Communities of Schools in Teams to receive the answer there.',
    });
  });

  it('keeps the dialog open with the reason when the question is too short', async () => {
    const { result } = await timed(() =>
      teams.extension(sender, 'composeExtension/submitAction', {
        commandId: 'askKcc',
        data: { step: 'ask', submissionId: 'me-2', theme: 'prg', text: 'PRG?' },
      }),
    );
    const card = ((result.body as TaskCard).task.value as { card: { content: Record<string, unknown> } }).card.content;
    expect(cardText(card)).toContain('Write the question in 10 to 2,000 characters (it has 4).');
  });
});
