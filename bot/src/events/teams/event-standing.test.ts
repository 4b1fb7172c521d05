import { signInAs, type TestApi } from '../../../../test/support/api-client';
import { postActivity, teamsActivity } from '../../../../test/support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { eventually } from '../../../../test/support/eventually';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations } from '../../../../test/support/teams-conversations';

/** A card as the tests read it. */
type Card = {
  body: { type: string; facts?: { title: string; value: string }[] }[];
  actions?: { title: string; verb?: string; url?: string }[];
  refresh?: { action: { verb: string }; userIds?: string[] };
};

/** A card's facts, by title. */
const factsOf = (card: Card) =>
  Object.fromEntries(card.body.flatMap((e) => e.facts ?? []).map((f) => [f.title, f.value]));

describe("the officer's card of an announced event", () => {
  let service: TestService;
  let connector: CaptureConnector;
  let teams: TeamsConversations;
  let officerApi: TestApi;
  const officer = demoPersonWith('officer');
  const representative = demoPersonWith('representative');
  const officerChat = 'a:events-officer';
  const officerSender = { aadObjectId: officer.aadObjectId, name: officer.displayName };

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
    officerApi = await signInAs(service.baseUrl, officer.email);
    await teams.say(officerSender, 'help', officerChat);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  const cardsInOfficerChat = (title: string) =>
    connector.sent.filter(
      (s) =>
        s.conversationId === officerChat &&
        cardText(s.activity.attachments?.[0]?.content).includes('Your event: announcement and bookings') &&
        cardText(s.activity.attachments?.[0]?.content).includes(title),
    );

  it('comes to the officer once when they announce, kept current for them when they look at it', async () => {
    const created = await officerApi.call('POST', '/api/events', {
      title: 'Area SENCo network',
      audience: 'representatives',
      areaIds: [],
      venue: null,
      start: '2027-03-10T15:45:00Z',
      end: '2027-03-10T17:00:00Z',
      bookingCloses: '2027-03-03T17:00:00Z',
      capacity: 40,
    });
    expect(created.status).toBe(201);
    const eventId = created.body.id as string;
    expect((await officerApi.call('POST', `/api/events/${eventId}/announce`)).status).toBe(202);
    expect((await officerApi.call('POST', `/api/events/${eventId}/announce`)).status).toBe(202);

    const [delivered] = await eventually(
      async () => cardsInOfficerChat('Area SENCo network'),
      (found) => found.length > 0,
    );
    const first = delivered?.activity.attachments?.[0]?.content as Card;
    expect(factsOf(first)).toMatchObject({ Booked: '0 of 40', 'Waiting list': '0', 'Places left': '40' });
    expect(first.refresh).toEqual({
      action: expect.objectContaining({ verb: 'eventStanding', data: { eventId } }),
      userIds: [`29:${officer.aadObjectId}`],
    });
    expect(first.actions?.map((a) => a.title)).toEqual(['Attendees', 'Refresh']);
    expect(first.actions?.[0]?.url).toContain(`event=${eventId}`);

    const rep = await signInAs(service.baseUrl, representative.email);
    expect((await rep.call('POST', `/api/events/${eventId}/bookings`)).status).toBe(201);
    // Teams asks for the card again when the officer looks at it (an automatic refresh through the bot endpoint).
    const refreshed = await postActivity(
      service.baseUrl,
      teamsActivity(
        connector.serviceUrl,
        officerSender,
        {
          type: 'invoke',
          name: 'adaptiveCard/action',
          replyToId: delivered?.activity.id,
          value: { action: { type: 'Action.Execute', verb: 'eventStanding', data: { eventId } }, trigger: 'automatic' },
        },
        officerChat,
      ),
    );
    const card = refreshed.body?.value as Card;
    expect(factsOf(card)).toMatchObject({
      'Announcement delivered': expect.stringMatching(/^\d+$/),
      'Could not be delivered': '0',
      Booked: '1 of 40',
      'Waiting list': '0',
      'Places left': '39',
    });
    expect(card.refresh?.userIds).toEqual([`29:${officer.aadObjectId}`]);

    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(cardsInOfficerChat('Area SENCo network')).toHaveLength(1);
  });

  it('tells a representative who invokes it that it is for officers, and shows nothing of the event', async () => {
    const created = await officerApi.call('POST', '/api/events', {
      title: 'Officers only: the counts',
      audience: 'everyone',
      areaIds: [],
      venue: null,
      start: '2027-03-11T15:45:00Z',
      end: '2027-03-11T17:00:00Z',
      bookingCloses: '2027-03-04T17:00:00Z',
      capacity: 10,
    });
    const sender = { aadObjectId: representative.aadObjectId, name: representative.displayName };
    const pressed = await teams.press(sender, 'eventStanding', { eventId: created.body.id }, 'a:events-rep-standing');
    const text = cardText(pressed.body?.value);
    expect(text).toContain('Only KCC officers can see how an event was announced and who booked.');
    expect(text).not.toContain('Officers only: the counts');
  });
});
