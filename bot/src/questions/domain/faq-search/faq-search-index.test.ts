import { FaqSearchIndex, type SearchableEntry } from './faq-search-index';

const entry = (id: string, question: string, answer: string, phrasings: string[] = []): SearchableEntry => ({
  id,
  question,
  answer,
  phrasings,
  themeId: 'other',
  themeName: 'Other',
});

describe('the FAQ search index', () => {
  it('finds a rewritten entry by its new words and never finds a removed one, whatever the order of changes', () => {
    const index = new FaqSearchIndex();
    index.upsert(entry('a', 'Who pays for supply cover?', 'The school does.'));
    index.upsert(entry('b', 'When is the minibus serviced?', 'Every summer.'));
    index.upsert(entry('a', 'Who pays for the minibus insurance?', 'KCC does.'));
    index.remove('b');
    index.upsert(entry('c', 'Where is the minibus kept?', 'In the car park.'));
    expect(index.size).toBe(2);
    expect(index.search('supply cover', { top: 3 })).toEqual([]);
    expect(index.search('minibus insurance', { top: 3 }).map((hit) => hit.id)).toEqual(['a', 'c']);
    expect(index.search('minibus serviced summer', { top: 3 }).map((hit) => hit.id)).not.toContain('b');
  });

  it('weighs a match in the question above one in an "also asked as" phrasing, and that above one in the answer', () => {
    const index = new FaqSearchIndex();
    index.upsert(entry('question', 'Can governors observe a meeting?', 'Ask the chair first.'));
    index.upsert(entry('phrasing', 'Who may visit?', 'Ask the chair first.', ['Can governors observe a meeting?']));
    index.upsert(entry('answer', 'Who may visit?', 'Governors can observe a meeting if the chair agrees.'));
    const hits = index.search('governors observe', { top: 3 });
    expect(hits.map((hit) => hit.id)).toEqual(['question', 'phrasing', 'answer']);
    for (const hit of hits) expect(hit.confidence).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.confidence).toBeLessThan(1);
  });

  it('finds an entry by an "also asked as" wording its question and answer never use, above an answer-only match', () => {
    const index = new FaqSearchIndex();
    const kit = (phrasings: string[] = []) =>
      entry('kit', 'Who pays for specialist equipment?', 'The community budget, once the need is assessed.', phrasings);
    index.upsert(kit());
    index.upsert(entry('answer', 'What can schools buy?', 'Books, and a laptop so a pupil can type their work.'));
    expect(index.search('laptop to type work', { top: 3 }).map((hit) => hit.id)).toEqual(['answer']);
    index.upsert(kit(['Can we get a laptop so a pupil can type their work?']));
    const hits = index.search('laptop to type work', { top: 3 });
    expect(hits.map((hit) => hit.id)).toEqual(['kit', 'answer']);
    expect(hits[0]?.score ?? 0).toBeGreaterThan(hits[1]?.score ?? 0);
  });

  it('is less confident of an entry the more of the question it leaves unmatched', () => {
    const index = new FaqSearchIndex();
    index.upsert(entry('budget', 'What is the community budget?', 'Money for local decisions on SEN support.'));
    const [close] = index.search('what is the community budget', { top: 1 });
    const [far] = index.search('community budget for the swimming pool roof repairs', { top: 1 });
    expect(close?.id).toBe('budget');
    expect(far?.id).toBe('budget');
    expect(far?.confidence ?? 1).toBeLessThan(close?.confidence ?? 0);
  });

  it('ranks a question sharing words few questions use above one sharing a word many use, whatever the answers say', () => {
    const index = new FaqSearchIndex();
    for (let i = 0; i < 200; i++) {
      const verb = i < 40 ? 'share' : 'book';
      index.upsert(
        entry(`filler-${i}`, `How do we ${verb} hall ${i}?`, 'Ask the office; the budget and contact are online.'),
      );
    }
    index.upsert(entry('asked', 'Who is the contact for our budget?', 'Email the finance team.'));
    index.upsert(entry('rare', 'Can we share the minibus?', 'Yes, ask the office; the budget and contact are online.'));
    expect(index.search('share budget contact', { top: 1 })[0]?.id).toBe('asked');
  });

  it('weighs "how many" less than the words that say what a question is about', () => {
    const index = new FaqSearchIndex();
    index.upsert(entry('a-count', 'How many governors are there?', 'Ask the clerk.'));
    index.upsert(entry('b-elections', 'When are governors elected?', 'Ask the clerk.'));
    expect(index.search('how many governors elected', { top: 1 })[0]?.id).toBe('b-elections');
  });
});
