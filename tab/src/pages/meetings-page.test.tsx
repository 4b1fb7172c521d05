/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { MeetingsPage } from './meetings-page';

describe('the Meetings page', () => {
  it('lists my community meetings with a join link, in UK time', async () => {
    const me = meWith([
      { role: 'representative', communityId: 'dover-east', communityName: 'Dover East', schoolId: 's1', label: 'x' },
    ]);
    const { requested } = renderPage(<MeetingsPage />, me, {
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
    expect(requested[0]).toMatch(/^\/api\/communities\/dover-east\/meetings\?year=\d{4}-\d{2}$/);
  });

  it('tells a chair how to plan the year when nothing is planned', async () => {
    const me = meWith([{ role: 'chair', communityId: 'dover-east', communityName: 'Dover East', label: 'x' }]);
    renderPage(<MeetingsPage />, me, { '/api/communities/dover-east/meetings': { meetings: [] } });
    expect(await screen.findByText(/type "plan meetings"/)).toBeTruthy();
  });
});
