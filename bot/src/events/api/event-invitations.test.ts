import type { Event } from '@microsoft/microsoft-graph-types';
import { signInAs, type TestApi } from '../../../../test/support/api-client';
import { briefingBody } from '../../../../test/support/briefing-body';
import { eventsCast } from '../../../../test/support/events-cast';
import { eventually } from '../../../../test/support/eventually';
import { type GraphDouble, startGraphDouble } from '../../../../test/support/graph-double';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { StubEntraNetwork } from '../../../../test/support/stub-entra-network';

const MAILBOX = 'events@kent.example';

/** A briefing a year after the tests' clock (June 2026), in British Summer Time. */
const briefing = (changes: Record<string, unknown> = {}) =>
  briefingBody(
    {
      title: 'SENCo forum',
      venue: 'Kent County Council, Sessions House, County Road, Maidstone, ME14 1XQ',
      placesPerSchool: null,
    },
    changes,
  );

describe('calendar invitations for booked places, with the Graph calendar', () => {
  let graph: GraphDouble;
  let service: TestService;
  let officerApi: TestApi;
  const { officer, representative, chair } = eventsCast;

  beforeAll(async () => {
    let entra = new StubEntraNetwork();
    graph = await startGraphDouble({ acceptToken: (t) => entra.issuedTokens.includes(t) });
    graph.inPersonMailboxes.add(MAILBOX);
    entra = new StubEntraNetwork(new URL(graph.baseUrl).origin);
    service = await startTestService(
      {
        GRAPH_TENANT_ID: '11111111-2222-3333-4444-555555555555',
        GRAPH_CLIENT_ID: 'cos-app',
        GRAPH_CLIENT_SECRET: 'secret',
        GRAPH_BASE_URL: graph.baseUrl,
        EVENTS_ORGANIZER_MAILBOX: MAILBOX,
        PUBLIC_BASE_URL: 'https://cos.kent.example',
      },
      {},
      undefined,
      { entraNetwork: entra },
    );
    officerApi = await signInAs(service.baseUrl, officer.email);
  });
  afterAll(async () => {
    await service?.stop();
    await graph?.close();
  });

  const create = async (changes: Record<string, unknown> = {}): Promise<string> => {
    const created = await officerApi.call('POST', '/api/events', briefing(changes));
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const invitationsTo = (email: string): (Event & { id: string })[] =>
    (graph.events.get(MAILBOX) ?? []).filter((e) => e.attendees?.some((a) => a.emailAddress?.address === email));
  const bookingOf = (eventId: string, email: string) =>
    service.db
      .selectFrom('event_bookings')
      .innerJoin('people', 'people.id', 'event_bookings.person_id')
      .select([
        'event_bookings.id',
        'event_bookings.status',
        'event_bookings.invitation',
        'event_bookings.invitation_event_id',
      ])
      .where('event_bookings.event_id', '=', eventId)
      .where('people.email', '=', email)
      .orderBy('event_bookings.id', 'desc')
      .executeTakeFirstOrThrow();
  /** Another booking, by the officer on an event of its own: it wakes the invitations worker, as any booking does. */
  const nudge = async () => {
    expect((await officerApi.call('POST', `/api/events/${await create()}/bookings`)).status).toBe(201);
  };

  it('sends one Outlook event per booked place from the events mailbox, the person its only attendee', async () => {
    const eventId = await create();
    const rep = await signInAs(service.baseUrl, representative.email);
    expect((await rep.call('POST', `/api/events/${eventId}/bookings`)).status).toBe(201);

    const sent = await eventually(
      () => bookingOf(eventId, representative.email),
      (b) => b.invitation === 'sent',
    );
    const [invitation, ...others] = invitationsTo(representative.email);
    expect(others).toEqual([]);
    expect(sent.invitation_event_id).toBe(invitation?.id);
    expect(invitation).toMatchObject({
      subject: 'SENCo forum',
      start: { dateTime: '2027-06-04T13:00:00', timeZone: 'Europe/London' },
      end: { dateTime: '2027-06-04T16:00:00', timeZone: 'Europe/London' },
      location: { displayName: 'Kent County Council, Sessions House, County Road, Maidstone, ME14 1XQ' },
      attendees: [
        {
          emailAddress: { address: representative.email, name: representative.displayName },
          type: 'required',
        },
      ],
      transactionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/),
    });
    expect(invitation?.body?.content).toContain('https://cos.kent.example/events?event=');
    expect(graph.shapeErrors).toEqual([]);
  });

  it('makes no second event when the worker runs again, or after a crash that lost the event id', async () => {
    const eventId = await create();
    const rep = await signInAs(service.baseUrl, representative.email);
    expect((await rep.call('POST', `/api/events/${eventId}/bookings`)).status).toBe(201);
    const first = await eventually(
      () => bookingOf(eventId, representative.email),
      (b) => b.invitation === 'sent',
    );
    const mine = () => invitationsTo(representative.email).filter((e) => e.subject === 'SENCo forum');
    const before = mine().length;

    // Run again: nothing is due, nothing is made.
    await nudge();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mine()).toHaveLength(before);

    // A crash right after Graph made the event, before its id was stored: tried once, no id, no lease. Graph no
    // longer recognises the transaction id (its window is short), so only looking the booking up saves a duplicate.
    graph.honoursTransactionId = false;
    const lookups = graph.calls.lookups;
    await service.db
      .updateTable('event_bookings')
      .set({
        invitation: 'pending',
        invitation_event_id: null,
        invitation_attempts: 1,
        invitation_lease_token: null,
        invitation_leased_until: null,
      })
      .where('id', '=', first.id)
      .execute();
    await nudge();
    const resumed = await eventually(
      () => bookingOf(eventId, representative.email),
      (b) => b.invitation === 'sent',
    );
    expect(resumed.invitation_event_id).toBe(first.invitation_event_id);
    expect(mine()).toHaveLength(before);
    expect(graph.calls.lookups).toBeGreaterThan(lookups);
    graph.honoursTransactionId = true;
  });

  it('cancels the invitation of a place given up, and the person promoted from the waiting list gets theirs', async () => {
    const eventId = await create({ capacity: 1, title: 'Inclusion leads: one place' });
    const rep = await signInAs(service.baseUrl, representative.email);
    const chairApi = await signInAs(service.baseUrl, chair.email);
    expect((await rep.call('POST', `/api/events/${eventId}/bookings`)).status).toBe(201);
    expect((await chairApi.call('POST', `/api/events/${eventId}/bookings`)).status).toBe(409);
    const booked = await eventually(
      () => bookingOf(eventId, representative.email),
      (b) => b.invitation === 'sent',
    );
    // Waiting is no place: no invitation.
    expect((await bookingOf(eventId, chair.email)).invitation).toBeNull();
    const forChair = () => invitationsTo(chair.email).filter((e) => e.subject === 'Inclusion leads: one place');
    expect(forChair()).toEqual([]);

    expect((await rep.call('DELETE', `/api/events/${eventId}/bookings/me`)).status).toBe(204);
    const cancelled = await eventually(
      async () => graph.cancelled.filter((c) => c.eventId === booked.invitation_event_id),
      (found) => found.length > 0,
    );
    expect(cancelled).toEqual([
      { eventId: booked.invitation_event_id, comment: expect.stringContaining('Inclusion leads: one place') },
    ]);
    expect((await bookingOf(eventId, representative.email)).invitation).toBe('cancelled');
    await eventually(
      () => bookingOf(eventId, chair.email),
      (b) => b.status === 'booked' && b.invitation === 'sent',
    );
    expect(forChair()).toHaveLength(1);
    expect(graph.shapeErrors).toEqual([]);
  });
});
