/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { FaqPage } from './faq-page';

const entry = (id: string, question: string, theme: string) => ({
  id,
  question,
  answer: `Answer to ${question}`,
  theme,
});

describe('the FAQ page', () => {
  const me = meWith([{ role: 'representative', communityId: 'c1', schoolId: 's1', label: 'x' }]);

  it('browses published answers by theme, then searches', async () => {
    const { requested } = renderPage(<FaqPage />, me, {
      '/api/faq/search': { results: [entry('2', 'Does Year R count?', 'Funding')] },
      '/api/faq': {
        items: [entry('1', 'Who attends community meetings?', 'Meetings'), entry('2', 'Does Year R count?', 'Funding')],
        nextCursor: null,
      },
      '/api/questions/themes': { themes: [{ id: 'funding', name: 'Funding' }] },
    });
    expect(await screen.findByRole('region', { name: 'Meetings' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Funding' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'reception funding' } });
    expect(await screen.findByRole('region', { name: 'Best matches' })).toBeTruthy();
    expect(requested).toContain('/api/faq/search?q=reception%20funding&top=10');
  });

  it('offers to ask KCC, with the themes officers set', async () => {
    renderPage(<FaqPage />, me, {
      '/api/faq': { items: [], nextCursor: null },
      '/api/questions/themes': { themes: [{ id: 'funding', name: 'Funding' }] },
    });
    expect(await screen.findByRole('option', { name: 'Funding' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send to KCC' })).toBeTruthy();
  });
});
