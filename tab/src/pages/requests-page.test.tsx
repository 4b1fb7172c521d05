/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { RequestsPage } from './requests-page';

const row = (n: number) => ({
  id: `r${n}`,
  pupilReference: `Y4-${String(n).padStart(3, '0')}`,
  schoolName: 'Oakfield Primary',
  requestType: 'individual',
  yearGroup: '4',
  amountPence: 250000,
  status: 'submitted',
  agendaMeeting: null,
  decision: null,
});

describe('the Requests page', () => {
  const me = meWith([
    { role: 'representative', communityId: 'dover-east', schoolId: 's1', label: 'School representative, Oakfield' },
  ]);

  it('shows the first page, and the next one under it when asked, until there are no more', async () => {
    const { requested } = renderPage(<RequestsPage />, me, {
      '/api/funding-requests?cursor=page-2': { items: [row(3)], nextCursor: null },
      '/api/funding-requests': { items: [row(1), row(2)], nextCursor: 'page-2' },
    });
    expect(await screen.findByText('Y4-001')).toBeTruthy();
    expect(screen.queryByText('Y4-003')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show more requests' }));
    expect(await screen.findByText('Y4-003')).toBeTruthy();
    expect(screen.getByText('Y4-001')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more requests' })).toBeNull();
    expect(requested).toEqual(['/api/funding-requests', '/api/funding-requests?cursor=page-2']);
  });

  it('shows the community and year of each request, and names the service a request was signposted to', async () => {
    renderPage(<RequestsPage />, me, {
      '/api/funding-requests': {
        items: [
          {
            ...row(4),
            communityName: 'Dover East Community of Schools',
            academicYear: '2026-27',
            status: 'signposted',
            decision: {
              outcome: 'signposted',
              amountPence: null,
              reason: 'Speak to the service first.',
              signpostedTo: { name: 'Educational Psychology' },
              deferredTo: null,
            },
          },
        ],
        nextCursor: null,
      },
    });
    expect(await screen.findByText('Signposted to Educational Psychology')).toBeTruthy();
    expect(screen.getByText('Dover East Community of Schools')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '2026-27' })).toBeTruthy();
  });
});
