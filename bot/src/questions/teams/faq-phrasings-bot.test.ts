import { signInAs, type TestApi } from '../../../../test/support/api-client';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations } from '../../../../test/support/teams-conversations';
import { seededFaqId } from '../demo/seed-faq';

type Action = { verb?: string; data?: Record<string, unknown> };

/** Every Action.Execute on a card, wherever it sits (the suggestions card nests "That answers it" in ActionSets). */
function executeActions(card: unknown): Action[] {
  const found: Action[] = [];
  JSON.stringify(card, (_key, value) => {
    if (value && typeof value === 'object' && (value as { type?: string }).type === 'Action.Execute') found.push(value);
    return value;
  });
  return found;
}

describe("the FAQ learns an asker's wording when an entry answers their question, once", () => {
  let service: TestService;
  let connector: CaptureConnector;
  let teams: TeamsConversations;
  let officerApi: TestApi;
  let askerApi: TestApi;
  const asker = demoPersonWith('representative');
  const officer = demoPersonWith('officer');
  const askerChat = 'a:phrasings-asker-chat';
  const officerChat = 'a:phrasings-officer-chat';
  const askerSender = { aadObjectId: asker.aadObjectId };
  const officerSender = { id: '29:phrasings-officer', aadObjectId: officer.aadObjectId, name: officer.displayName };

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
    [officerApi, askerApi] = await Promise.all([
      signInAs(service.baseUrl, officer.email),
      signInAs(service.baseUrl, asker.email),
    ]);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  /** How often each wording is among an entry's phrasings, as officers see them. */
  const learned = async (entryId: string, wording: string) => {
    const { body } = await officerApi.call('GET', `/api/faq/${entryId}/phrasings`);
    return (body.items as { text: string; source: string }[]).filter(
      (p) => p.text.toLowerCase() === wording.toLowerCase(),
    );
  };
  /** Asks in the bot and answers the card that comes back (suggestions, when the FAQ may answer it). */
  const ask = async (submissionId: string, text: string) =>
    (await teams.press(askerSender, 'askQuestion', { submissionId, theme: 'prg', text }, askerChat)).body?.value;
  /** A question sent to KCC through the API, open for an officer. */
  const sent = async (text: string) =>
    (await askerApi.call('POST', '/api/questions', { theme: 'prg', text, draft: false })).body.id as string;

  it('learns the wording when the asker presses "That answers it", and not again for the same words', async () => {
    const wording = 'Do we have to refer a pupil before the PRG will help us?';
    const suggestions = await ask('phrasing-1', wording);
    expect(cardText(suggestions)).toContain('Before you send it');
    const answers = executeActions(suggestions).find(
      (a) => a.verb === 'questionAnsweredByFaq' && a.data?.faqId === seededFaqId('prg-referral'),
    );
    expect(answers).toBeDefined();
    await teams.press(askerSender, 'questionAnsweredByFaq', answers?.data ?? {}, askerChat);
    await teams.press(askerSender, 'questionAnsweredByFaq', answers?.data ?? {}, askerChat);
    const again = executeActions(await ask('phrasing-2', `  ${wording.toUpperCase()} `)).find(
      (a) => a.verb === 'questionAnsweredByFaq' && a.data?.faqId === seededFaqId('prg-referral'),
    );
    await teams.press(askerSender, 'questionAnsweredByFaq', again?.data ?? {}, askerChat);
    expect(await learned(seededFaqId('prg-referral'), wording)).toEqual([
      expect.objectContaining({ text: wording, source: 'learned' }),
    ]);
  });

  it('learns the wording when an officer marks the question a duplicate of an entry, once', async () => {
    const entryId = seededFaqId('stls-link-teacher');
    const wording = 'Which specialist teacher comes out to our school for autism advice?';
    const questionId = await sent(wording);
    const marked = await teams.press(officerSender, 'markDuplicate', { questionId, faqId: entryId }, officerChat);
    expect(cardText(marked.body?.value)).toContain('Answered by the FAQ (marked by');
    const twice = await teams.press(officerSender, 'markDuplicate', { questionId, faqId: entryId }, officerChat);
    expect(cardText(twice.body?.value)).toContain('already been marked as a duplicate');
    // "Helpful" on the same answer learns nothing more: the wording is there once.
    await teams.press(askerSender, 'questionFeedback', { questionId, helpful: true }, askerChat);
    expect(await learned(entryId, wording)).toEqual([expect.objectContaining({ source: 'learned' })]);
  });

  it('learns the wording when the asker finds a published answer Helpful, and forgets it on Not helpful', async () => {
    const wording = 'Can a therapist from the NHS come to our community meeting in person?';
    const questionId = await sent(wording);
    const answered = await officerApi.call('POST', `/api/questions/${questionId}/answer`, {
      text: 'Yes: invite them through your link practitioner.',
      publish: true,
      publishQuestion: 'Can NHS therapists attend community meetings?',
      publishAnswer: 'Yes: invite them through your link practitioner.',
    });
    const entryId = answered.body.faqEntry.id as string;
    expect(await learned(entryId, wording)).toEqual([]);
    const helpful = await teams.press(askerSender, 'questionFeedback', { questionId, helpful: true }, askerChat);
    expect(cardText(helpful.body?.value)).toContain('helpful');
    await teams.press(askerSender, 'questionFeedback', { questionId, helpful: true }, askerChat);
    expect(await learned(entryId, wording)).toHaveLength(1);
    await teams.press(askerSender, 'questionFeedback', { questionId, helpful: false }, askerChat);
    expect(await learned(entryId, wording)).toEqual([]);
  });
});
