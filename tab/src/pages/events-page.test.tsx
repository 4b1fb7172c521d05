/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { EventsPage } from './events-page';

const event = (id: string, title: string, change: Record<string, unknown> = {}) => ({
  id,
  title,
  description: 'KCC updates on the Locality Model.',
  areaIds: [],
  areas: 'All of Kent',
  audience: 'everyone',
  audienceLabel: 'Everyone with a role',
  venue: 'Sessions House, County Road, Maidstone, ME14 1XQ',
  online: false,
  start: '2027-05-19T12:00:00.000Z',
  end: '2027-05-19T14:30:00.000Z',
  when: 'Wednesday 19 May 2027, 13:00–15:30',
  bookingCloses: '2027-05-12T12:00:00.000Z',
  capacity: 60,
  placesPerSchool: 1,
  booked: 12,
  waiting: 0,
  placesLeft: 48,
  myPlace: null,
  past: false,
  bookingOpen: true,
  ...change,
});

const events = {
  items: [
    event('e0', 'North Kent Headteacher Briefing', {
      areas: 'North Kent',
      start: '2025-06-04T12:00:00.000Z',
      end: '2025-06-04T15:00:00.000Z',
      when: 'Wednesday 4 June 2025, 13:00–16:00',
      past: true,
      bookingOpen: false,
    }),
    event('e1', 'Community chairs: planning 2027-28 together'),
    event('e2', 'Locality Model: the year so far', {
      venue: null,
      online: true,
      capacity: 2,
      booked: 2,
      waiting: 1,
      placesLeft: 0,
      placesPerSchool: null,
    }),
    event('e3', 'Inclusion conference', { myPlace: { status: 'booked' } }),
  ],
};

const representative = meWith([{ role: 'representative', communityId: 'c1', schoolId: 's1', label: 'Representative' }]);
const officer = meWith([{ role: 'officer', label: 'KCC officer' }]);

/** Makes the stand-in service refuse one request (method and path) with a status and body; other requests as before. */
function refuse(method: string, path: string, status: number, body: unknown) {
  const answer = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const given = await answer(input, init);
    if (String(input) !== path || (init?.method ?? 'GET') !== method) return given;
    return { ok: false, status, json: async () => body };
  }) as typeof fetch;
}

describe('the Events page', () => {
  it('lists my upcoming events with where, who for and places left, past ones folded away, and no officer tools', async () => {
    renderPage(<EventsPage />, representative, { '/api/events': events });
    const upcoming = await screen.findByRole('region', { name: 'Upcoming' });
    const chairs = await within(upcoming).findByRole('group', { name: 'Community chairs: planning 2027-28 together' });
    expect(chairs.textContent).toContain('Wednesday 19 May 2027, 13:00–15:30');
    expect(chairs.textContent).toContain('Sessions House, County Road, Maidstone');
    expect(chairs.textContent).toContain('For everyone with a role · All of Kent');
    expect(chairs.textContent).toContain('48 of 60 places left · one place per school');
    const online = within(upcoming).getByRole('group', { name: 'Locality Model: the year so far' });
    expect(online.textContent).toContain('Online');
    expect(online.textContent).toContain('Full (2 places) · 1 on the waiting list');
    within(online).getByRole('button', { name: /^Join the waiting list/ });
    const booked = within(upcoming).getByRole('group', { name: 'Inclusion conference' });
    expect(booked.textContent).toContain('You have a place');
    within(booked).getByRole('button', { name: /^Add to calendar/ });
    within(booked).getByRole('button', { name: /^Cancel my place/ });
    expect(within(upcoming).queryByText('North Kent Headteacher Briefing')).toBeNull();
    expect(screen.getByRole('button', { name: 'Past events (1)' })).toBeTruthy();

    expect(screen.queryByRole('button', { name: 'New event' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Announce/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Attendees/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Download CSV/ })).toBeNull();
  });

  it('books a place and says so', async () => {
    const { sent } = renderPage(<EventsPage />, representative, { '/api/events': events });
    const chairs = await screen.findByRole('group', { name: 'Community chairs: planning 2027-28 together' });
    fireEvent.click(within(chairs).getByRole('button', { name: /^Book a place/ }));
    expect(await screen.findByText('You have a place at "Community chairs: planning 2027-28 together".')).toBeTruthy();
    expect(sent.find((s) => s.path === '/api/events/e1/bookings')).toMatchObject({ method: 'POST' });
  });

  it("puts first the event a card's Add to calendar link names, and cancels my place there", async () => {
    const { sent } = renderPage(<EventsPage />, representative, { '/api/events': events }, '/events?event=e3');
    const upcoming = await screen.findByRole('region', { name: 'Upcoming' });
    await within(upcoming).findByRole('group', { name: 'Inclusion conference' });
    expect(
      within(upcoming)
        .getAllByRole('group')
        .map((g) => g.getAttribute('aria-labelledby')),
    ).toEqual(['event-e3', 'event-e1', 'event-e2']);
    fireEvent.click(screen.getByRole('button', { name: /^Cancel my place/ }));
    expect(await screen.findByText('You no longer have a place at "Inclusion conference".')).toBeTruthy();
    expect(sent.find((s) => s.path === '/api/events/e3/bookings/me')).toMatchObject({ method: 'DELETE' });
  });

  it('shows a full event as a place on the waiting list, not as a failure', async () => {
    renderPage(<EventsPage />, representative, { '/api/events': events });
    refuse('POST', '/api/events/e2/bookings', 409, {
      status: 'waiting',
      waitingListPosition: 2,
      title: 'The event is full: you are number 2 on the waiting list, and are told if a place comes up.',
    });
    const online = await screen.findByRole('group', { name: 'Locality Model: the year so far' });
    fireEvent.click(within(online).getByRole('button', { name: /^Join the waiting list/ }));
    expect(await screen.findByText(/is full: you are number 2 on the waiting list/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("lets an officer create an event, showing a refused field's problem beside that field", async () => {
    const { sent } = renderPage(<EventsPage />, officer, {
      '/api/events': events,
      '/api/communities': {
        communities: [
          { id: 'c1', name: 'A', districtName: 'Dartford', areaId: 'north-kent', areaName: 'North Kent' },
          { id: 'c2', name: 'B', districtName: 'Dover', areaId: 'east-kent', areaName: 'East Kent' },
        ],
      },
    });
    refuse('POST', '/api/events', 400, {
      title: 'The event needs changing: The end must be after the start.',
      errors: { end: 'The end must be after the start.' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'New event' }));
    const form = screen.getByRole('form', { name: 'New event' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Title/ }), { target: { value: 'Spring briefing' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'For all of Kent' }));
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'East Kent' }));
    fireEvent.change(within(form).getByRole('combobox', { name: 'For' }), { target: { value: 'headteachers' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Online' }));
    fireEvent.change(within(form).getByLabelText(/Starts/), { target: { value: '2027-06-04T13:00' } });
    fireEvent.change(within(form).getByLabelText(/Ends/), { target: { value: '2027-06-04T12:00' } });
    fireEvent.change(within(form).getByLabelText(/Booking closes/), { target: { value: '2027-05-28T17:00' } });
    fireEvent.change(within(form).getByRole('spinbutton', { name: /Places/ }), { target: { value: '40' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create the event' }));

    await within(form).findByText('Not created: check the field marked below.');
    const ends = within(form).getByLabelText(/Ends/);
    const describedBy = (ends.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      'The end must be after the start.',
    );
    expect(JSON.parse(sent.find((s) => s.path === '/api/events' && s.method === 'POST')?.body ?? '{}')).toEqual({
      title: 'Spring briefing',
      description: null,
      areaIds: ['east-kent'],
      audience: 'headteachers',
      venue: null,
      start: '2027-06-04T13:00:00+01:00',
      end: '2027-06-04T12:00:00+01:00',
      bookingCloses: '2027-05-28T17:00:00+01:00',
      capacity: 40,
      placesPerSchool: 1,
    });
  });

  it('gives an officer each event’s announcement, attendees and CSV, and names every button by its visible words', async () => {
    renderPage(<EventsPage />, officer, {
      '/api/events/e1/announce': { queued: 40, alreadySent: 0, withoutChat: 3, delivered: 0, failed: 0 },
      '/api/events/e1/attendees': {
        items: [
          {
            name: 'Ann Waiting',
            email: 'ann@x',
            school: 'Oak',
            status: 'waiting',
            position: 1,
            bookedAt: '2027-04-02T09:00:00Z',
          },
          {
            name: 'Bo Booked',
            email: 'bo@x',
            school: 'Elm',
            status: 'booked',
            position: null,
            bookedAt: '2027-04-01T09:00:00Z',
          },
        ],
      },
      '/api/events': events,
    });
    const chairs = await screen.findByRole('group', { name: 'Community chairs: planning 2027-28 together' });
    fireEvent.click(within(chairs).getByRole('button', { name: /^Announce/ }));
    expect(
      await screen.findByText(/Announced ".*" to 40 people\. 3 have not opened the app in Teams yet/),
    ).toBeTruthy();
    fireEvent.click(within(chairs).getByRole('button', { name: /^Attendees/ }));
    const table = await within(chairs).findByRole('table', { name: /^Attendees of/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[3]?.textContent)).toEqual(['Booked', 'Waiting, number 1']);
    within(chairs).getByRole('button', { name: /^Download CSV/ });

    for (const button of screen.getAllByRole('button')) {
      const visible = (button.textContent ?? '').trim();
      const name = button.getAttribute('aria-label') ?? visible;
      expect(name.startsWith(visible)).toBe(true);
    }
  });
});
