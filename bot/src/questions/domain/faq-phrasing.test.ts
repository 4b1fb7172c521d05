import { checkPhrasing, learnablePhrasing, MAX_PHRASINGS_PER_ENTRY, placePhrasing } from './faq-phrasing';

const QUESTION = 'Can the community fund specialist equipment?';
const phrasings = (count: number, source: (i: number) => 'officer' | 'learned') =>
  Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    text: `Another way of asking it, number ${i}`,
    source: source(i),
  }));

describe('"also asked as" wordings of an FAQ entry', () => {
  it("keeps a wording once, whatever its case and spacing, and never the entry's own question", () => {
    const existing = [{ id: 'a', text: 'Can we buy a laptop for a pupil?', source: 'learned' as const }];
    expect(placePhrasing('  can we BUY a laptop   for a pupil? ', QUESTION, existing)).toEqual({
      outcome: 'same',
      as: 'a',
    });
    expect(placePhrasing('can the community fund  specialist equipment?', QUESTION, existing)).toEqual({
      outcome: 'same',
    });
    expect(placePhrasing('Is a writing slope specialist equipment?', QUESTION, existing)).toEqual({ outcome: 'add' });
  });

  it('makes room in a full entry by letting the oldest learned wording go, never one an officer added', () => {
    const mixed = phrasings(MAX_PHRASINGS_PER_ENTRY, (i) => (i < 3 ? 'officer' : 'learned'));
    expect(placePhrasing('Is a writing slope specialist equipment?', QUESTION, mixed)).toEqual({
      outcome: 'add',
      replaces: 'p3',
    });
    const officers = phrasings(MAX_PHRASINGS_PER_ENTRY, () => 'officer');
    expect(placePhrasing('Is a writing slope specialist equipment?', QUESTION, officers)).toEqual({ outcome: 'full' });
  });

  it("refuses an officer's wording that is empty, too long or names a pupil, saying which", () => {
    expect(checkPhrasing('  Is a  writing slope\nequipment? ')).toBe('Is a writing slope equipment?');
    for (const bad of ['', 'x'.repeat(501), 'Can we buy a laptop for Oliver in Year 3?', 42]) {
      expect(() => checkPhrasing(bad)).toThrow(
        expect.objectContaining({ code: 'invalid', details: { text: expect.any(String) } }),
      );
    }
  });

  it("learns an asker's wording only when it names no pupil and fits", () => {
    expect(learnablePhrasing('Can we buy a laptop for a pupil in Year 3?')).toBe(
      'Can we buy a laptop for a pupil in Year 3?',
    );
    expect(learnablePhrasing('Can we buy a laptop for Oliver in Year 3?')).toBeUndefined();
    expect(learnablePhrasing(`Can we ${'really '.repeat(100)}buy a laptop?`)).toBeUndefined();
  });
});
