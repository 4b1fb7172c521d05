/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { MeetingsPage } from './meetings-page';

describe('the Meetings page', () => {
  it('lists my community meetings with a join link, in UK time', async () => {
    const me = meWith([
      { role: 'representative', communityId: 'dover-east', communityName: 'Dover East', schoolId: 's1', label: 'x' },
    ]);
    const { requested } = renderPage(<MeetingsPage />, me, {
      '/api/next-meetings': { communities: [] },
      '/api/communities/dover-east/meetings': {
        meetings: [
          {
            id: 'm1',
            title: 'Dover East meeting',
            start: '2026-09-08T15:45:00+01:00',
            end: '2026-09-08T17:15:00+01:00',
            status: 'created',
            joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
          },
        ],
      },
    });
    expect(await screen.findByText('Tuesday 8 September 2026, 15:45–17:15')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/meetup-join/abc',
    );
    expect(screen.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeTruthy();
    expect(requested).toContainEqual(
      expect.stringMatching(/^\/api\/communities\/dover-east\/meetings\?year=\d{4}-\d{2}$/),
    );
  });

  it('tells a chair how to plan the year when nothing is planned', async () => {
    const me = meWith([{ role: 'chair', communityId: 'dover-east', communityName: 'Dover East', label: 'x' }]);
    renderPage(<MeetingsPage />, me, {
      '/api/next-meetings': { communities: [] },
      '/api/communities/dover-east/meetings': { meetings: [] },
    });
    expect(await screen.findByText(/type "plan meetings"/)).toBeTruthy();
  });

  it("shows each of my communities' next meeting first: when, the agenda's requests (mine marked) and the join link", async () => {
    const me = meWith([
      { role: 'representative', communityId: 'dover-east', communityName: 'Dover East', schoolId: 's1', label: 'x' },
    ]);
    const { requested } = renderPage(
      <MeetingsPage />,
      me,
      {
        '/api/next-meetings': {
          communities: [
            {
              communityId: 'dover-east',
              communityName: 'Dover East Community of Schools',
              chairs: ['Helen Marsh'],
              meeting: {
                id: 'm1',
                start: '2026-09-08T14:45:00Z',
                end: '2026-09-08T16:15:00Z',
                joinUrl: 'https://teams.microsoft.com/l/meetup-join/next',
                invited: ['Helen Marsh'],
              },
              requests: [
                {
                  requestId: 'r1',
                  schoolName: 'Aycliffe Primary',
                  yearGroup: 'R',
                  amountPence: 250050,
                  mySchool: true,
                },
              ],
              requestsOnAgenda: 3,
              forServices: null,
            },
          ],
        },
        '/api/communities/dover-east/meetings': { meetings: [] },
      },
      '/meetings?meeting=m1',
    );
    const card = await screen.findByRole('group', { name: 'Dover East Community of Schools' });
    expect(card.textContent).toContain('Chair: Helen Marsh');
    expect(card.textContent).toContain('Tuesday 8 September 2026, 15:45–17:15');
    expect(card.textContent).toContain('3 funding requests on the agenda, 1 from your school.');
    expect(card.textContent).toContain('Aycliffe Primary, Reception: £2,500.50');
    expect(screen.getByRole('link', { name: 'Join in Teams' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/meetup-join/next',
    );
    // The bot card's "Add to calendar" opened the page for this meeting: its calendar file is one press away.
    const add = screen.getByRole('button', {
      name: 'Add to calendar (.ics): the meeting on Tuesday 8 September 2026, 15:45–17:15',
    });
    fireEvent.click(add);
    await waitFor(() => expect(requested).toContain('/api/meetings/m1.ics'));
  });

  it('says a meeting is saved in the app, not in calendars, when no Microsoft 365 calendar is connected', async () => {
    const me = meWith([{ role: 'chair', communityId: 'dover-east', communityName: 'Dover East', label: 'x' }]);
    renderPage(<MeetingsPage />, me, {
      '/api/next-meetings': { communities: [] },
      '/api/communities/dover-east/meetings': {
        calendar: 'local',
        meetings: [
          {
            id: 'm1',
            title: 'Dover East meeting',
            start: '2026-09-08T15:45:00+01:00',
            end: '2026-09-08T17:15:00+01:00',
            status: 'created',
            joinUrl: null,
          },
        ],
      },
    });
    expect(await screen.findByText('Saved in the app: add it with the .ics')).toBeTruthy();
    expect(screen.queryByText('In calendars')).toBeNull();
  });
});
