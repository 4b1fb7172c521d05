/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { meWith, renderPage } from '../../../test/support/render-page';
import { FaqPage } from './faq-page';

const entry = (
  id: string,
  question: string,
  theme: string,
  dated: { validUntil?: string; outOfDate?: boolean } = {},
) => ({
  id,
  question,
  answer: `Answer to ${question}`,
  theme,
  source: 'KCC briefing to schools',
  validUntil: dated.validUntil ?? null,
  outOfDate: dated.outOfDate ?? false,
  publishedBy: 'Kim Officer',
  publishedAt: '2026-06-03T09:00:00Z',
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

  it('marks an answer past its date as out of date, says until when it held, and points to asking KCC', async () => {
    renderPage(<FaqPage />, me, {
      '/api/faq': {
        items: [
          entry('3', 'Is there top-up funding for small schools?', 'Funding', {
            validUntil: '2026-08-31',
            outOfDate: true,
          }),
        ],
        nextCursor: null,
      },
      '/api/questions/themes': { themes: [{ id: 'funding', name: 'Funding' }] },
    });
    expect(await screen.findByText('Out of date')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Is there top-up funding for small schools/ }));
    expect(await screen.findByText(/This answer held until 31 August 2026/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask KCC' }).getAttribute('href')).toBe('#ask-title');
    expect(screen.getByText(/Source: KCC briefing to schools. Published by Kim Officer on 3 June 2026./)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Answers to review' })).toBeNull();
  });

  it('shows officers the answers to review, and imports a Markdown document', async () => {
    const officer = meWith([{ role: 'officer', label: 'KCC officer' }]);
    const { sent } = renderPage(<FaqPage />, officer, {
      '/api/faq/ageing': {
        items: [entry('4', 'When are the KiT meetings?', 'Meetings', { validUntil: '2026-07-31' })],
      },
      '/api/faq/import': { imported: 2, skipped: [{ question: 'x', reason: 'Already in the FAQ.' }] },
      '/api/faq': { items: [], nextCursor: null },
      '/api/questions/themes': { themes: [] },
    });
    expect(await screen.findByText('When are the KiT meetings?')).toBeTruthy();
    expect(screen.getByText('valid until 2026-07-31')).toBeTruthy();
    const markdown = '## Meetings\n\n### Who chairs?\n\nA school leader.\n';
    const file = new File([markdown], 'kelsi-faq.md', { type: 'text/markdown' });
    // jsdom's File has no text(); every browser the tab runs in has.
    Object.defineProperty(file, 'text', { value: async () => markdown });
    fireEvent.change(screen.getByLabelText('FAQ document (.md)'), {
      target: { files: [file] },
    });
    expect(await screen.findByText(/Published 2 answers from kelsi-faq.md. 1 already in the FAQ/)).toBeTruthy();
    const post = sent.find((s) => s.method === 'POST');
    expect(post).toMatchObject({ path: '/api/faq/import', body: markdown });
    expect(post?.headers['content-type']).toBe('text/markdown; charset=utf-8');
  });

  it('shows officers the other ways schools ask an entry, and lets them add and remove one', async () => {
    const officer = meWith([{ role: 'officer', label: 'KCC officer' }]);
    const sitIn = { id: 'p1', text: 'Can governors sit in?', source: 'officer', createdBy: 'Kim Officer' };
    const learned = { id: 'p2', text: 'may our chair of governors come along', source: 'learned', createdBy: null };
    const observe = { id: 'p3', text: 'Can a governor observe?', source: 'officer', createdBy: 'Kim Officer' };
    const answers: Record<string, unknown> = {
      '/api/faq/1/phrasings': { items: [sitIn, learned] },
      '/api/faq/ageing': { items: [] },
      '/api/faq': { items: [entry('1', 'Who attends community meetings?', 'Meetings')], nextCursor: null },
      '/api/questions/themes': { themes: [] },
    };
    const { sent, container } = renderPage(<FaqPage />, officer, answers);
    fireEvent.click(await screen.findByRole('button', { name: 'Who attends community meetings?' }));
    expect(await screen.findByRole('heading', { name: 'Also asked as' })).toBeTruthy();
    expect(await screen.findByText('Can governors sit in?')).toBeTruthy();
    expect(screen.getByText('(learned from a question it answered)')).toBeTruthy();
    const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.map((v) => v.id)).toEqual([]);

    const wording = screen.getByLabelText('Another way schools ask this') as HTMLInputElement;
    fireEvent.change(wording, { target: { value: 'Can a governor observe?' } });
    // What the service lists once it has added the wording.
    answers['/api/faq/1/phrasings'] = { items: [sitIn, learned, observe] };
    fireEvent.click(screen.getByRole('button', { name: 'Add wording' }));
    await waitFor(() => expect(wording.value).toBe(''));
    expect(await screen.findByText('Can a governor observe?')).toBeTruthy();
    expect(sent.find((s) => s.method === 'POST')).toMatchObject({
      path: '/api/faq/1/phrasings',
      body: JSON.stringify({ text: 'Can a governor observe?' }),
    });

    answers['/api/faq/1/phrasings'] = { items: [sitIn, observe] };
    fireEvent.click(screen.getByRole('button', { name: 'Remove: may our chair of governors come along' }));
    await waitFor(() => expect(screen.queryByText('may our chair of governors come along')).toBeNull());
    expect(sent.find((s) => s.method === 'DELETE')?.path).toBe('/api/faq/1/phrasings/p2');
  });

  it('never shows a school person the other wordings of an entry', async () => {
    const { requested } = renderPage(<FaqPage />, me, {
      '/api/faq': { items: [entry('1', 'Who attends community meetings?', 'Meetings')], nextCursor: null },
      '/api/questions/themes': { themes: [] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Who attends community meetings?' }));
    expect(await screen.findByText('Answer to Who attends community meetings?')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Also asked as' })).toBeNull();
    expect(requested.filter((path) => path.includes('phrasings'))).toEqual([]);
  });

  it("shows a school person their own questions with KCC's answers", async () => {
    renderPage(<FaqPage />, me, {
      '/api/questions/themes': { themes: [] },
      '/api/questions': {
        items: [
          {
            id: 'q1',
            status: 'answered',
            theme: 'Funding',
            text: 'Can we still claim E3 for a pupil who joined in Year 2?',
            answer: 'No: E3 claims ended on 31 March 2025.',
            faqEntry: null,
            sentAt: '2026-06-16T09:04:00Z',
            createdAt: '2026-06-16T09:00:00Z',
          },
          {
            id: 'q2',
            status: 'draft',
            theme: 'Meetings',
            text: 'Not sent yet',
            answer: null,
            faqEntry: null,
            sentAt: null,
            createdAt: '2026-06-16T09:00:00Z',
          },
        ],
        nextCursor: null,
      },
      '/api/faq': { items: [], nextCursor: null },
    });
    const mine = await screen.findByRole('region', { name: 'My questions' });
    await waitFor(() => expect(mine.textContent).toContain('Funding · asked 16 June 2026 · Answered by KCC'));
    expect(mine.textContent).toContain('No: E3 claims ended on 31 March 2025.');
    expect(mine.textContent).not.toContain('Not sent yet');
  });
});
