import { readFileSync } from 'node:fs';
import path from 'node:path';
import { databaseEngines } from '../../../../test/support/database-targets';
import { openQuestionsHarness, type QuestionsHarness } from '../../../../test/support/questions-harness';
import { FAQ_SEED } from '../demo/faq-seed';
import { startingFaqDocument } from '../demo/starting-faq-document';
import { writeFaqDocument } from '../domain/faq-document';

/** What an entry says, as a reader and the export see it. */
const said = (e: {
  question: string;
  answer: string;
  themeName: string;
  source: string;
  validUntil: string | null;
}) => ({
  question: e.question,
  answer: e.answer,
  theme: e.themeName,
  source: e.source,
  validUntil: e.validUntil,
});
const byQuestion = (a: { question: string }, b: { question: string }) => a.question.localeCompare(b.question);

describe.each(databaseEngines())('importing an FAQ document (%s)', (engine) => {
  let seeded: QuestionsHarness;
  let empty: QuestionsHarness;

  beforeAll(async () => {
    [seeded, empty] = await Promise.all([
      openQuestionsHarness(engine),
      openQuestionsHarness(engine, { startingFaq: false }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([seeded?.close(), empty?.close()]);
  });

  it('round-trips: the export imported into an empty FAQ gives the same questions, answers, themes, sources and dates', async () => {
    const exported = writeFaqDocument(await seeded.questions.faqByTheme(), 'Locality Model FAQ');
    const officer = await empty.personWith('officer');
    expect(await empty.questions.searchFaq('', 25)).toEqual([]);
    const result = await empty.questions.importFaq(officer, exported);
    expect(result).toEqual({ imported: FAQ_SEED.length, skipped: [] });
    const original = (await seeded.questions.faqByTheme())
      .flatMap((g) => g.entries)
      .map(said)
      .sort(byQuestion);
    const imported = (await empty.questions.faqByTheme()).flatMap((g) => g.entries);
    expect(imported.map(said).sort(byQuestion)).toEqual(original);
    expect(new Set(imported.map((e) => e.publishedBy))).toEqual(new Set([officer.displayName]));

    const again = await empty.questions.importFaq(officer, exported);
    expect(again.imported).toBe(0);
    expect(again.skipped).toHaveLength(FAQ_SEED.length);
    expect(again.skipped[0]?.reason).toBe('Already in the FAQ.');
  });

  it('offers the starting FAQ as a document in docs/ that says what the app starts with', () => {
    const file = readFileSync(path.resolve(__dirname, '../../../../docs/starting-faq.md'), 'utf8');
    expect(file).toBe(startingFaqDocument()); // if this fails: npm run faq:starting
  });

  it('keeps the document as the source of entries that name none, and checks every entry before publishing any', async () => {
    const officer = await empty.personWith('officer');
    const document = [
      '# KELSI FAQ, Term 6',
      '',
      '## Funding',
      '',
      '### How are community budgets shared with schools this year?',
      '',
      'Budgets for communities are published on KELSI.',
      '',
      '### Is Year R funded differently from other year groups?',
      '',
      'Yes.',
      '',
      '## Lunch',
      '',
      '### What time is lunch at the induction meeting?',
      '',
      'At half past twelve, in the main hall.',
    ].join('\n');
    await expect(empty.questions.importFaq(officer, document)).rejects.toMatchObject({
      code: 'invalid',
      details: {
        'line 9': 'answer: Write the answer in 10 to 4,000 characters.',
        'line 15': expect.stringContaining('theme: Choose one of: Meetings'),
      },
    });
    const fixed = document.replace('Yes.', 'KCC will publish the answer on KELSI.').replace('## Lunch', '## Meetings');
    const before = (await empty.questions.faqByTheme()).flatMap((g) => g.entries).length;
    expect((await empty.questions.importFaq(officer, fixed)).imported).toBe(3);
    const entries = (await empty.questions.faqByTheme()).flatMap((g) => g.entries);
    expect(entries).toHaveLength(before + 3);
    const lunch = entries.find((e) => e.question.startsWith('What time is lunch'));
    expect(lunch).toMatchObject({ source: 'KELSI FAQ, Term 6', themeName: 'Meetings' });
    const representative = await empty.personWith('representative');
    await expect(empty.questions.importFaq(representative, fixed)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a document that names a pupil, pointing at the line', async () => {
    const officer = await empty.personWith('officer');
    const document =
      '## Requests\n\n### Can we ask for support for a pupil new to the school?\n\nYes: Oliver joined in May and has responded well to the visual timetable.\n';
    await expect(empty.questions.importFaq(officer, document)).rejects.toMatchObject({
      details: { 'line 3': expect.stringContaining('"Oliver"') },
    });
  });

  it("lists for officers the answers past or near their 'valid until', soonest first", async () => {
    const officer = await seeded.personWith('officer');
    seeded.setNow(Date.parse('2026-07-15T09:00:00Z'));
    const july = await seeded.questions.ageingFaq(officer);
    expect(july.map((e) => e.validUntil)).toEqual(['2026-07-31', '2026-07-31']);
    seeded.setNow(Date.parse('2026-09-01T09:00:00Z'));
    const september = await seeded.questions.ageingFaq(officer, 0);
    expect(september.map((e) => e.validUntil)).toEqual([
      '2026-07-31',
      '2026-07-31',
      '2026-08-31',
      '2026-08-31',
      '2026-08-31',
    ]);
    await expect(seeded.questions.ageingFaq(await seeded.personWith('chair'))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
