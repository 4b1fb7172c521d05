import { signInAs, type TestApi } from '../../../../test/support/api-client';
import { briefingBody } from '../../../../test/support/briefing-body';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { eventsCast } from '../../../../test/support/events-cast';
import { eventually } from '../../../../test/support/eventually';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations } from '../../../../test/support/teams-conversations';

/** An event as the API lists it (the fields these tests read). */
interface EventJson {
  id: string;
  title: string;
  areas: string;
  booked: number;
  waiting: number;
  placesLeft: number;
  myPlace: { status: 'booked' } | { status: 'waiting'; position: number } | null;
  past: boolean;
  bookingOpen: boolean;
}

const { directory, areaOf } = eventsCast;

/** A briefing next summer (the test clock is June 2026), for the given audience and areas. */
const briefing = (changes: Record<string, unknown> = {}) =>
  briefingBody(
    { title: 'Locality Model briefing', venue: 'The Inn on the Lake, Shorne, Gravesend, DA12 3HB', placesPerSchool: 1 },
    changes,
  );

describe('the events API', () => {
  let service: TestService;
  let connector: CaptureConnector;
  const { officer, representative, repArea, chair } = eventsCast;
  const elsewhere = directory.people.find(
    (p) =>
      p.roles.length > 0 &&
      p.roles.every((r) => r.role === 'representative' && areaOf(r.communityId ?? '') !== repArea),
  ) as (typeof directory.people)[number];
  let officerApi: TestApi;

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    officerApi = await signInAs(service.baseUrl, officer.email);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  const eventsOf = async (email: string): Promise<EventJson[]> =>
    (await (await signInAs(service.baseUrl, email)).call('GET', '/api/events')).body.items;
  const create = async (changes: Record<string, unknown> = {}) => {
    const created = await officerApi.call('POST', '/api/events', briefing(changes));
    expect(created.status).toBe(201);
    return created.body as EventJson;
  };

  it("shows the 2025 area headteacher briefings as past, to their area's headteachers only", async () => {
    const mine = await eventsOf(chair.email);
    const briefings = mine.filter((e) => e.title.endsWith('Headteacher Briefing'));
    expect(chair.jobTitle).toMatch(/headteacher/i);
    expect(briefings).toHaveLength(1);
    expect(briefings[0]).toMatchObject({ past: true, bookingOpen: false });
    // A SENCo is not a headteacher: the briefings are not theirs, the all-Kent events are.
    const repEvents = await eventsOf(representative.email);
    expect(repEvents.some((e) => e.title.endsWith('Headteacher Briefing'))).toBe(false);
    expect(repEvents.filter((e) => !e.past).length).toBeGreaterThanOrEqual(1);
    expect((await eventsOf(officer.email)).filter((e) => e.title.endsWith('Headteacher Briefing'))).toHaveLength(4);
  });

  it('refuses an incomplete or unsafe event with the reason by field, and creates nothing', async () => {
    const before = (await eventsOf(officer.email)).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ audience: 'governors' }, 'audience'],
      [{ end: '2027-06-04T12:00:00+01:00' }, 'end'],
      [{ bookingCloses: '2027-06-05T09:00:00+01:00' }, 'bookingCloses'],
      [{ start: 'next Tuesday' }, 'start'],
      [{ capacity: 0 }, 'capacity'],
      [{ areaIds: ['no-such-area'] }, 'areaIds'],
      [{ description: 'For Oliver Smith and his mother' }, 'description'],
      [{ organiser: 'me' }, 'body'],
    ];
    for (const [changes, field] of cases) {
      const refused = await officerApi.call('POST', '/api/events', briefing(changes));
      expect({ changes, status: refused.status, fields: Object.keys(refused.body.errors ?? {}) }).toEqual({
        changes,
        status: 400,
        fields: [field],
      });
    }
    const rep = await signInAs(service.baseUrl, representative.email);
    expect((await rep.call('POST', '/api/events', briefing())).status).toBe(403);
    expect((await eventsOf(officer.email)).length).toBe(before);
  });

  it('books places up to the capacity, then a waiting list that moves up when someone cancels', async () => {
    const event = await create({ capacity: 1, areaIds: [repArea], placesPerSchool: null });
    const rep = await signInAs(service.baseUrl, representative.email);
    const chairApi = await signInAs(service.baseUrl, chair.email);

    const booked = await rep.call('POST', `/api/events/${event.id}/bookings`);
    expect(booked).toMatchObject({
      status: 201,
      body: { status: 'booked', calendarFile: `/api/events/${event.id}.ics` },
    });
    expect((await rep.call('POST', `/api/events/${event.id}/bookings`)).status).toBe(200);
    const full = await chairApi.call('POST', `/api/events/${event.id}/bookings`);
    expect(full).toMatchObject({ status: 409, body: { status: 'waiting', waitingListPosition: 1 } });
    expect((await eventsOf(officer.email)).find((e) => e.id === event.id)).toMatchObject({
      booked: 1,
      waiting: 1,
      placesLeft: 0,
    });
    // One event as each sees it: its counts, and their own place.
    expect((await chairApi.call('GET', `/api/events/${event.id}`)).body).toMatchObject({
      id: event.id,
      booked: 1,
      waiting: 1,
      myPlace: { status: 'waiting', position: 1 },
    });
    expect((await rep.call('GET', `/api/events/${event.id}`)).body).toMatchObject({ myPlace: { status: 'booked' } });

    const calendar = await rep.call('GET', `/api/events/${event.id}.ics`);
    expect(calendar.text).toContain('BEGIN:VCALENDAR');
    expect(calendar.text).toContain('SUMMARY:Locality Model briefing');
    const csv = await officerApi.call('GET', `/api/events/${event.id}/attendees?format=csv`);
    expect(csv.text.split('\r\n')[0]).toMatch(/^"Name","Email","School","Status"/);
    expect(csv.text).toContain(representative.email);
    expect((await rep.call('GET', `/api/events/${event.id}/attendees`)).status).toBe(403);

    expect((await rep.call('DELETE', `/api/events/${event.id}/bookings/me`)).status).toBe(204);
    expect((await rep.call('DELETE', `/api/events/${event.id}/bookings/me`)).status).toBe(404);
    expect((await eventsOf(chair.email)).find((e) => e.id === event.id)?.myPlace).toEqual({ status: 'booked' });
    const attendees = (await officerApi.call('GET', `/api/events/${event.id}/attendees`)).body.items;
    expect(attendees).toEqual([expect.objectContaining({ email: chair.email, status: 'booked', position: null })]);
    const told = await service.db
      .selectFrom('outbox')
      .innerJoin('people', 'people.id', 'outbox.person_id')
      .select(['people.email', 'outbox.kind'])
      .where('outbox.kind', '=', 'event-place-freed')
      .execute();
    expect(told).toEqual([{ email: chair.email, kind: 'event-place-freed' }]);
  });

  it('keeps an event to its audience: outside it, the event does not exist', async () => {
    const event = await create({ areaIds: [repArea], audience: 'representatives' });
    const outsider = await signInAs(service.baseUrl, elsewhere.email);
    expect((await outsider.call('GET', `/api/events/${event.id}`)).status).toBe(404);
    expect((await outsider.call('POST', `/api/events/${event.id}/bookings`)).status).toBe(404);
    expect((await eventsOf(elsewhere.email)).map((e) => e.id)).not.toContain(event.id);
    const chairApi = await signInAs(service.baseUrl, chair.email);
    expect((await chairApi.call('POST', `/api/events/${event.id}/bookings`)).status).toBe(404);
  });

  it('refuses a booking once booking has closed or the event is over, and says why', async () => {
    const past = (await eventsOf(chair.email)).find((e) => e.title.endsWith('Headteacher Briefing')) as EventJson;
    const chairApi = await signInAs(service.baseUrl, chair.email);
    const refused = await chairApi.call('POST', `/api/events/${past.id}/bookings`);
    expect(refused).toMatchObject({ status: 409, body: { title: 'This event has already started.' } });
  });

  it('announces to the audience once each, and Book a place on the card books it', async () => {
    const teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
    const chat = 'a:events-representative';
    const sender = { aadObjectId: representative.aadObjectId, name: representative.displayName };
    await teams.say(sender, 'help', chat);
    const event = await create({ audience: 'representatives', areaIds: [repArea], title: 'SENCo forum' });

    const first = await officerApi.call('POST', `/api/events/${event.id}/announce`);
    expect(first.status).toBe(202);
    expect(first.body.queued).toBeGreaterThan(5);
    const again = await officerApi.call('POST', `/api/events/${event.id}/announce`);
    expect(again.body).toMatchObject({ queued: 0, alreadySent: first.body.queued });

    const cards = await eventually(
      async () =>
        connector.sent.filter(
          (s) => s.conversationId === chat && cardText(s.activity.attachments?.[0]?.content).includes('SENCo forum'),
        ),
      (found) => found.length > 0,
    );
    expect(cardText(cards[0]?.activity.attachments?.[0]?.content)).toContain('An event for you');
    const pressed = await teams.press(sender, 'bookEventPlace', { eventId: event.id }, chat);
    const card = pressed.body?.value as { actions: { title: string }[] };
    expect(cardText(card)).toContain('You have a place.');
    expect(card.actions.map((a) => a.title)).toEqual(['Cancel my place', 'Add to calendar (.ics)', 'All events']);
    expect((await eventsOf(representative.email)).find((e) => e.id === event.id)?.myPlace).toEqual({
      status: 'booked',
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const announcements = connector.sent.filter(
      (s) => s.conversationId === chat && cardText(s.activity.attachments?.[0]?.content).includes('SENCo forum'),
    );
    expect(announcements).toHaveLength(1);
  });

  it('sends no calendar invitation without Graph: a booked place has its .ics download only', async () => {
    const event = await create({ title: 'Local calendar briefing' });
    const rep = await signInAs(service.baseUrl, representative.email);
    expect((await rep.call('POST', `/api/events/${event.id}/bookings`)).status).toBe(201);
    expect((await rep.call('GET', `/api/events/${event.id}.ics`)).text).toContain('SUMMARY:Local calendar briefing');
    const invited = await service.db
      .selectFrom('event_bookings')
      .select('id')
      .where('invitation', 'is not', null)
      .execute();
    expect(invited).toEqual([]);
  });
});
