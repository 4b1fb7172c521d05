import { randomUUID } from 'node:crypto';
import { databaseEngines } from '../../../../test/support/database-targets';
import type { QuestionsHarness } from '../../../../test/support/questions-harness';
import { openQuestionsHarnessWithPeople } from '../../../../test/support/questions-harness-with-people';
import type { Person } from '../../directory/domain/person';
import { FaqCatalog } from '../app/faq-catalog';
import { seededFaqId } from '../demo/seed-faq';
import { MAX_PHRASINGS_PER_ENTRY } from '../domain/faq-phrasing';
import { FaqRepository } from './faq-repository';

describe.each(databaseEngines())('"also asked as" wordings of FAQ entries in the store (%s)', (engine) => {
  let h: QuestionsHarness;
  let asker: Person;
  let officer: Person;

  beforeAll(async () => {
    ({ h, asker, officer } = await openQuestionsHarnessWithPeople(engine));
  });
  afterAll(async () => {
    await h?.close();
  });

  const audit = (entityId: string) =>
    h.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', entityId)
      .where('action', 'like', 'faq.phrasing-%')
      .orderBy('id')
      .execute();
  const texts = async (entryId: string) => (await h.questions.phrasings(officer, entryId)).map((p) => p.text);

  it('adds an officer’s wording once, audited, and finds the entry by it on every instance at once', async () => {
    const entryId = seededFaqId('contact-operations');
    const elsewhere = new FaqCatalog(new FaqRepository(h.db), 0);
    const wording = 'Lollipop crossing patrol outside the gate?';
    expect((await elsewhere.search(wording, { top: 1 }))[0]?.entry.id).not.toBe(entryId);
    const first = await h.questions.addPhrasing(officer, entryId, wording);
    const again = await h.questions.addPhrasing(officer, entryId, '  LOLLIPOP crossing   patrol outside the gate? ');
    expect(first.added).toBe(true);
    expect(again).toEqual({ phrasing: first.phrasing, added: false });
    expect(first.phrasing).toMatchObject({ source: 'officer', createdBy: officer.displayName, text: wording });
    expect(await texts(entryId)).toEqual([wording]);
    expect((await elsewhere.search(wording, { top: 1 }))[0]?.entry.id).toBe(entryId);
    await h.questions.removePhrasing(officer, entryId, first.phrasing.id);
    expect((await elsewhere.search(wording, { top: 1 }))[0]?.entry.id).not.toBe(entryId);
    expect(await audit(entryId)).toEqual([{ action: 'faq.phrasing-added' }, { action: 'faq.phrasing-removed' }]);
  });

  it('refuses a wording naming a pupil, the entry’s own question, or anyone but an officer, changing nothing', async () => {
    const entryId = seededFaqId('prg-services');
    const entry = await h.questions.faqEntry(entryId);
    await expect(
      h.questions.addPhrasing(officer, entryId, 'Which services can Oliver in Year 3 use?'),
    ).rejects.toMatchObject({ code: 'invalid', details: { text: expect.stringContaining('"Oliver"') } });
    await expect(h.questions.addPhrasing(officer, entryId, ` ${entry?.question.toUpperCase()} `)).rejects.toMatchObject(
      { code: 'invalid', details: { text: expect.stringContaining('own question') } },
    );
    await expect(h.questions.addPhrasing(asker, entryId, 'Which services are in the PRG?')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(h.questions.phrasings(asker, entryId)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(h.questions.removePhrasing(officer, entryId, randomUUID())).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await texts(entryId)).toEqual([]);
    expect(await audit(entryId)).toEqual([]);
  });

  it(`keeps at most ${MAX_PHRASINGS_PER_ENTRY} wordings, letting the oldest learned one go and never an officer’s`, async () => {
    const entryId = seededFaqId('areas');
    const store = new FaqRepository(h.db);
    const add = (text: string, source: 'officer' | 'learned') =>
      store.addPhrasing({ id: randomUUID(), entryId, text, source }, officer.id);
    await add('Which area is our school in, officially?', 'officer');
    for (let i = 1; i < MAX_PHRASINGS_PER_ENTRY; i++) await add(`Learned wording number ${i} about areas`, 'learned');
    expect(await add('One more wording about the areas of Kent', 'learned')).toMatchObject({ outcome: 'added' });
    const kept = await texts(entryId);
    expect(kept).toHaveLength(MAX_PHRASINGS_PER_ENTRY);
    expect(kept[0]).toBe('Which area is our school in, officially?');
    expect(kept).not.toContain('Learned wording number 1 about areas');
    expect(kept.at(-1)).toBe('One more wording about the areas of Kent');
  });

  it('learns the asker’s wording when “That answers it”, once, and forgets it when they send it to KCC after all', async () => {
    const entryId = seededFaqId('prg-referral');
    const text = 'Must we fill in a referral before the PRG helps?';
    const ask = async (wording: string) =>
      (await h.questions.draft(asker, { themeId: 'prg', text: wording })).question.id;
    const first = await ask(text);
    await h.questions.answeredByFaq(asker, first, entryId);
    await h.questions.answeredByFaq(asker, first, entryId);
    await h.questions.answeredByFaq(asker, await ask(`  ${text.toLowerCase()}`), entryId);
    expect(await texts(entryId)).toEqual([text]);
    expect((await h.questions.searchFaq(text, 1))[0]?.entry.id).toBe(entryId);
    await h.questions.send(asker, first);
    expect(await texts(entryId)).toEqual([]);
  });

  it('never learns a wording that fails the pupil-name check, even one stored before the check knew the name', async () => {
    const entryId = seededFaqId('what-is-prg');
    const id = (await h.questions.draft(asker, { themeId: 'prg', text: 'What exactly is the PRG for?' })).question.id;
    await h.db.updateTable('questions').set({ text: 'What is the PRG for Oliver?' }).where('id', '=', id).execute();
    await h.questions.answeredByFaq(asker, id, entryId);
    expect(await texts(entryId)).toEqual([]);
  });
});
