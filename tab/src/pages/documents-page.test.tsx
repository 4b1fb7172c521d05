/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { DocumentsPage } from './documents-page';

const doc = (id: string, title: string, kindLabel: string, isNew: boolean, version = 1) => ({
  id,
  title,
  url: `https://www.kelsi.org.uk/search?q=${id}`,
  kind: 'guidance',
  kindLabel,
  audience: 'all',
  communityId: null,
  audienceLabel: 'Everyone',
  version,
  updatedAt: '2026-11-20T09:00:00Z',
  isNew,
});

const documents = {
  items: [
    doc('d1', 'Operational Guidance', 'Guidance', true),
    doc('d2', 'Terms of Reference', 'Terms of reference', false),
    doc('d3', 'FAQ for Term 6', 'FAQ', true, 2),
  ],
  kinds: { guidance: 'Guidance', termsOfReference: 'Terms of reference', faq: 'FAQ' },
};

describe('the Documents page', () => {
  it('groups documents by kind, marks new and updated ones, and marks one read when it is opened', async () => {
    const me = meWith([{ role: 'representative', communityId: 'c1', schoolId: 's1', label: 'x' }]);
    const { sent } = renderPage(<DocumentsPage />, me, { '/api/documents': documents });
    const guidance = await screen.findByRole('region', { name: 'Guidance' });
    const link = within(guidance).getByRole('link', { name: 'Operational Guidance' });
    expect(link.getAttribute('href')).toBe('https://www.kelsi.org.uk/search?q=d1');
    expect(within(guidance).getByText('New')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'FAQ' })).getByText('Updated')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Terms of reference' })).queryByText('New')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a document or link' })).toBeNull();
    fireEvent.click(link);
    await waitFor(() =>
      expect(sent.find((s) => s.path === '/api/documents/d1/read')).toMatchObject({ method: 'POST' }),
    );
  });

  it('lets an officer add a document, and says how many an announcement reaches outside Teams', async () => {
    const me = meWith([{ role: 'officer', label: 'KCC officer' }]);
    const { sent } = renderPage(<DocumentsPage />, me, {
      '/api/documents/d1/announce': {
        queued: 3,
        alreadySent: 0,
        withoutChat: 1,
      },
      '/api/documents': documents,
      '/api/communities': { communities: [] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add a document or link' }));
    const form = screen.getByRole('form', { name: 'Add a document or link' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Title/ }), { target: { value: 'Budget summary' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Link/ }), {
      target: { value: 'https://www.kelsi.org.uk/budgets' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add it' }));
    await waitFor(() => expect(sent.find((s) => s.path === '/api/documents' && s.method === 'POST')).toBeTruthy());
    expect(JSON.parse(sent.find((s) => s.method === 'POST')?.body ?? '{}')).toEqual({
      title: 'Budget summary',
      url: 'https://www.kelsi.org.uk/budgets',
      kind: 'guidance',
      audience: 'all',
      communityId: null,
    });
    const guidance = await screen.findByRole('region', { name: 'Guidance' });
    fireEvent.click(within(guidance).getByRole('button', { name: 'Announce in Teams' }));
    expect(
      await screen.findByText(
        /sent to 3\. 1 of the audience have not opened the app in Teams yet: it reaches them by email/,
      ),
    ).toBeTruthy();
  });
});
