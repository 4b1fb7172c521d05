import type { RoleKind } from '../../bot/src/directory/domain/person';
import { adaptiveCardIssues } from '../support/adaptive-card-validator';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';
import { cardText } from '../support/card-text';
import { demoPersonWith } from '../support/demo-people';
import { startTestService, type TestService } from '../support/start-test-service';
import { TeamsConversations } from '../support/teams-conversations';

type Action = { type: string; title?: string; verb?: string; data?: Record<string, unknown> };
type Card = { body?: unknown[]; actions?: Action[] };

const ROLES: RoleKind[] = ['representative', 'chair', 'officer', 'practitioner', 'senInclusionAdviser'];

/** Stand-ins a card must never be: a refusal to the person it was offered to, or a placeholder. */
const STAND_INS = [/not available/i, /is not for you/i, /only .* can/i, /there is no meeting to show/i];

describe("every action on each role's welcome card answers with a real card", () => {
  let service: TestService;
  let connector: CaptureConnector;
  let teams: TeamsConversations;

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  it.each(ROLES)('as a %s', async (role) => {
    const person = demoPersonWith(role);
    const sender = { aadObjectId: person.aadObjectId, name: person.displayName };
    const chat = `a:welcome-${role}`;
    await teams.say(sender, 'help', chat);
    const welcome = connector.sent.filter((s) => s.conversationId === chat).at(-1)?.activity.attachments?.[0]
      ?.content as Card;
    const actions = (welcome.actions ?? []).filter((a) => a.type === 'Action.Execute' && a.verb !== 'help');
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      const pressed = await teams.press(sender, action.verb as string, action.data ?? {}, chat);
      expect({ action: action.title, status: pressed.status }).toEqual({ action: action.title, status: 200 });
      const answer = pressed.body as { statusCode: number; type: string; value: Card };
      expect({ action: action.title, type: answer.type }).toEqual({
        action: action.title,
        type: 'application/vnd.microsoft.card.adaptive',
      });
      expect({ action: action.title, issues: adaptiveCardIssues(answer.value) }).toEqual({
        action: action.title,
        issues: [],
      });
      const shown = cardText(answer.value);
      for (const standIn of STAND_INS) {
        expect({ action: action.title, standIn: standIn.test(shown) }).toEqual({
          action: action.title,
          standIn: false,
        });
      }
    }
  });
});
