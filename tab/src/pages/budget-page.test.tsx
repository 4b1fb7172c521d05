/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { FirstReads } from '../api/first-reads';
import { academicYearOf } from '../components/dates';
import { BudgetPage } from './budget-page';

const budget = {
  communityId: 'dover-east',
  communityName: 'Dover East Community of Schools',
  academicYear: '2025-26',
  allocationPence: 25_000_000,
  protections: [{ label: 'Transition protection: EHCP top-ups', amountPence: 1_234_567 }],
  potPence: 23_765_433,
  committedPence: 10_000_050,
  remainingPence: 13_765_383,
  bySchool: [{ schoolId: 's1', name: 'Oakfield Primary School', approvedPence: 450_000, requestCount: 3 }],
  byMeeting: [
    {
      meetingId: 'm1',
      title: 'Dover East meeting, September 2025',
      start: '2025-09-09T14:45:00Z',
      approvedPence: 10_000_050,
      requestCount: 7,
      approvedCount: 4,
      waitingCount: 2,
    },
  ],
};

describe('the Budget page', () => {
  it('shows allocation, protections, pot, committed and remaining in pounds, to the penny', async () => {
    const me = meWith([
      { role: 'chair', communityId: 'dover-east', communityName: 'Dover East Community of Schools', label: 'x' },
    ]);
    renderPage(<BudgetPage />, me, { '/api/communities/dover-east/budget': budget });
    expect((await screen.findByTestId('allocation')).textContent).toBe('£250,000.00');
    expect(screen.getByText('−£12,345.67')).toBeTruthy();
    expect(screen.getByTestId('pot').textContent).toBe('£237,654.33');
    expect(screen.getByTestId('committed').textContent).toBe('£100,000.50');
    expect(screen.getByTestId('remaining').textContent).toBe('£137,653.83');
    expect(screen.getByRole('figure', { name: 'Committed £100,000.50 (42.1%), remaining £137,653.83' })).toBeTruthy();
    expect(screen.getByText('Oakfield Primary School')).toBeTruthy();
  });

  it('shows the budget that came with the sign-in without reading it again', async () => {
    const me = meWith([{ role: 'representative', communityId: 'dover-east', schoolId: 's1', label: 'x' }]);
    const path = `/api/communities/dover-east/budget?year=${academicYearOf(new Date())}`;
    const firstReads = new FirstReads({ [path]: budget });
    const { requested } = renderPage(<BudgetPage />, me, {}, '/', { firstReads });
    expect((await screen.findByTestId('pot')).textContent).toBe('£237,654.33');
    expect(requested).toEqual([]);
    expect(firstReads.take(path)).toBeUndefined();
  });

  it('says when the community has no budget yet', async () => {
    const me = meWith([{ role: 'representative', communityId: 'dover-east', schoolId: 's1', label: 'x' }]);
    renderPage(<BudgetPage />, me, {});
    expect(await screen.findByText('There is no such API route.')).toBeTruthy();
  });

  it('counts approvals as approvals at each meeting, and what still waits apart', async () => {
    const me = meWith([
      { role: 'chair', communityId: 'dover-east', communityName: 'Dover East Community of Schools', label: 'x' },
    ]);
    renderPage(<BudgetPage />, me, { '/api/communities/dover-east/budget': budget });
    expect(await screen.findByText(/£100,000\.50 · 4 approved/)).toBeTruthy();
    expect(screen.getByText(/· 2 waiting/)).toBeTruthy();
  });
});
