import { databaseEngines } from '../../../../test/support/database-targets';
import type { QuestionsHarness } from '../../../../test/support/questions-harness';
import { openQuestionsHarnessWithPeople } from '../../../../test/support/questions-harness-with-people';
import type { Person } from '../../directory/domain/person';
import { migrateToLatest } from '../../platform/db/migrate';
import { allMigrations } from '../../start-service';
import { seededFaqId } from '../demo/seed-faq';

describe.each(databaseEngines())('questions and the FAQ in the store (%s)', (engine) => {
  let h: QuestionsHarness;
  let asker: Person;
  let officer: Person;

  beforeAll(async () => {
    ({ h, asker, officer } = await openQuestionsHarnessWithPeople(engine));
  });
  afterAll(async () => {
    await h?.close();
  });

  const outbox = () =>
    h.db
      .selectFrom('outbox')
      .select(['kind', 'conversation_id', 'person_id', 'payload', 'dedupe_key'])
      .orderBy('id')
      .execute();
  const audit = (entityId: string) =>
    h.db.selectFrom('audit_log').select('action').where('entity_id', '=', entityId).orderBy('id').execute();

  it('migrates with 0005 and publishes the starting FAQ only into an empty knowledge base', async () => {
    expect(await migrateToLatest(h.db, allMigrations)).toEqual([]);
    expect(h.seeded).toBeGreaterThanOrEqual(30);
    const themes = await h.questions.themes(asker);
    expect(themes.map((t) => t.name)).toEqual([
      'Meetings',
      'Parents and carers',
      'Funding',
      'Professional Resource Group',
      'Link practitioners',
      'Requests',
      'Other',
    ]);
  });

  it('stores a draft once however often the same submission arrives, and suggests answers from the FAQ', async () => {
    const input = { themeId: 'funding', text: 'Can we still claim E3 top-up for a pupil in Year 5?' };
    const first = await h.questions.draft(asker, input, 'card-1');
    const again = await h.questions.draft(asker, input, 'card-1');
    expect(again.question.id).toBe(first.question.id);
    expect(first.question.status).toBe('draft');
    expect(first.suggestions.map((s) => s.id)).toContain(seededFaqId('e3-ended'));
    expect(first.suggestions.length).toBeLessThanOrEqual(3);
    expect(await audit(first.question.id)).toEqual([{ action: 'question.asked' }]);
  });

  it('refuses a question that names a pupil, or is too short, naming the field and storing nothing', async () => {
    const before = await h.db.selectFrom('questions').select('id').execute();
    await expect(
      h.questions.draft(asker, { themeId: 'requests', text: 'Can we request funding for Oliver in Year 3?' }),
    ).rejects.toMatchObject({ code: 'invalid', details: { text: expect.stringContaining('"Oliver"') } });
    await expect(h.questions.draft(asker, { themeId: 'nope', text: 'short' })).rejects.toMatchObject({
      details: { theme: expect.any(String), text: expect.stringContaining('10 to 2,000') },
    });
    expect(await h.db.selectFrom('questions').select('id').execute()).toHaveLength(before.length);
  });

  it('records "That answers it" without involving KCC, and sends it after all when the asker changes their mind', async () => {
    const { question } = await h.questions.draft(asker, { themeId: 'prg', text: 'Do we need a referral to use PRG?' });
    const done = await h.questions.answeredByFaq(asker, question.id, seededFaqId('prg-referral'));
    expect(done.status).toBe('self-answered');
    expect(done.faqEntry?.id).toBe(seededFaqId('prg-referral'));
    expect((await outbox()).filter((m) => m.kind === 'question-in-channel')).toHaveLength(0);
    const changedMind = await h.questions.send(asker, question.id);
    expect(changedMind).toMatchObject({ status: 'open', faqEntry: null });
  });

  it('routes a sent question to its theme channel, or the channel for all themes, with one card each', async () => {
    await h.questions.routeTheme(officer, 'all', '19:general@thread.tacv2');
    await h.questions.routeTheme(officer, 'Funding', '19:funding@thread.tacv2');
    await expect(h.questions.routeTheme(asker, 'all', '19:x@thread.tacv2')).rejects.toMatchObject({
      code: 'forbidden',
    });
    const funding = await h.questions.draft(asker, {
      themeId: 'funding',
      text: 'How is our community pot worked out?',
    });
    const meetings = await h.questions.draft(asker, {
      themeId: 'meetings',
      text: 'Can two people attend the meeting?',
    });
    await h.questions.send(asker, funding.question.id);
    await h.questions.send(asker, funding.question.id);
    await h.questions.send(asker, meetings.question.id);
    const posts = (await outbox()).filter((m) => m.kind === 'question-in-channel');
    expect(posts.map((p) => p.conversation_id)).toEqual(['19:funding@thread.tacv2', '19:general@thread.tacv2']);
  });

  it('answers once: the asker is told in their 1:1 chat, the answer is published, and a second answer is refused', async () => {
    const { question } = await h.questions.draft(asker, {
      themeId: 'meetings',
      text: 'Can our deputy head attend instead of the SENCo?',
    });
    await h.questions.send(asker, question.id);
    await h.questions.assignToMe(officer, question.id);
    const answered = await h.questions.answer(officer, question.id, {
      text: 'Yes, if they have delegated responsibility to request funds.',
      publish: true,
      publishQuestion: 'Can someone other than the SENCo attend community meetings?',
    });
    expect(answered.status).toBe('answered');
    expect(answered.faqEntry?.question).toBe('Can someone other than the SENCo attend community meetings?');
    await expect(
      h.questions.answer(officer, question.id, { text: 'A second answer here', publish: false }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const told = (await outbox()).filter((m) => m.kind === 'question-answered');
    expect(told).toHaveLength(1);
    expect(told[0]?.person_id).toBe(asker.id);
    expect(told[0]?.payload).toMatchObject({ questionId: question.id, outcome: 'answered', by: officer.displayName });
    expect((await audit(question.id)).map((a) => a.action)).toEqual([
      'question.asked',
      'question.sent',
      'question.assigned',
      'question.answered',
    ]);
    const found = await h.questions.searchFaq('Could somebody apart from our SENCo go to the CoS meeting?', 3);
    expect(found.map((r) => r.entry.id)).toContain(answered.faqEntry?.id);
  });

  it('lets only one of two officers answering at the same moment succeed, and tells the asker once', async () => {
    const { question } = await h.questions.draft(asker, {
      themeId: 'prg',
      text: 'Is the Early Years PRG part of our community?',
    });
    await h.questions.send(asker, question.id);
    const answers = await Promise.allSettled([
      h.questions.answer(officer, question.id, { text: 'Yes: the Early Years PRG is a PRG service.', publish: false }),
      h.questions.answer(officer, question.id, { text: 'Yes, it is one of the PRG services.', publish: false }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual(['fulfilled', 'rejected']);
    const told = (await outbox()).filter(
      (m) => m.kind === 'question-answered' && (m.payload as { questionId: string }).questionId === question.id,
    );
    expect(told).toHaveLength(1);
  });

  it('reopens an answered question when the asker follows up, keeping its history', async () => {
    const { question } = await h.questions.draft(asker, {
      themeId: 'other',
      text: 'Where are the FAQ documents kept?',
    });
    await h.questions.send(asker, question.id);
    await h.questions.markDuplicate(officer, question.id, seededFaqId('faq-published'));
    await h.questions.feedback(asker, question.id, false);
    const reopened = await h.questions.followUp(asker, question.id, 'I looked on KELSI but could not find them.');
    expect(reopened.status).toBe('open');
    expect(reopened.history.map((e) => e.kind)).toEqual(['asked', 'sent', 'duplicate', 'feedback', 'follow-up']);
    expect(reopened.history.at(-1)?.text).toBe('I looked on KELSI but could not find them.');
    await expect(h.questions.followUp(officer, question.id, 'not mine')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lets only officers add, edit and retire FAQ entries, each audited, and search follows at once', async () => {
    const input = {
      question: 'Can chairs claim supply cover for KiT meetings?',
      answer: 'Yes, ask your area lead.',
      themeId: 'meetings',
    };
    await expect(h.questions.addFaq(asker, input)).rejects.toMatchObject({ code: 'forbidden' });
    const added = await h.questions.addFaq(officer, input);
    expect((await h.questions.searchFaq('supply cover for keeping in touch', 1))[0]?.entry.id).toBe(added.id);
    await h.questions.editFaq(officer, added.id, { ...input, answer: 'Yes: KCC pays supply cover for KiT meetings.' });
    expect((await h.questions.faqEntry(added.id))?.answer).toBe('Yes: KCC pays supply cover for KiT meetings.');
    await h.questions.retireFaq(officer, added.id);
    expect((await h.questions.searchFaq('supply cover for keeping in touch', 3)).map((r) => r.entry.id)).not.toContain(
      added.id,
    );
    expect((await audit(added.id)).map((a) => a.action)).toEqual(['faq.added', 'faq.edited', 'faq.retired']);
  });
  it('renames, adds and retires themes in one audited change, keeping retired themes for old questions', async () => {
    const themes = await h.questions.themes(asker);
    const renamed = themes
      .map((t) => (t.id === 'funding' ? { id: 'funding', name: 'Money' } : t))
      .filter((t) => t.id !== 'other');
    const saved = await h.questions.setThemes(officer, [...renamed, { name: 'Funding' }]);
    expect(saved.map((t) => t.name)).toEqual([...renamed.map((t) => t.name), 'Funding']);
    await expect(h.questions.setThemes(asker, renamed)).rejects.toMatchObject({ code: 'forbidden' });
    const other = await h.db
      .selectFrom('question_themes')
      .select(['name', 'retired'])
      .where('id', '=', 'other')
      .executeTakeFirst();
    expect(other).toEqual({ name: 'Other', retired: true });
    const themeAudit = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'question_themes')
      .execute();
    expect(themeAudit).toEqual([{ action: 'question-themes.set' }]);
  });
});
