import type { Person } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import type { FaqEntry } from '../domain/faq-entry';
import { isGoodAnswer } from '../domain/faq-search/good-answer';
import type { Question } from '../domain/question';
import { checkQuestion, type QuestionInput } from '../domain/question-input';
import { ALLOWED_FROM, requireAllowed } from '../domain/question-lifecycle';
import { ALL_THEMES } from '../domain/question-themes';
import { learnedWording } from './faq-phrasings';
import { type QuestionsPorts, REFRESH_USER_LIMIT } from './ports';
import { askedFor, ownQuestion, requireAsker } from './question-access';
import { channelPost } from './question-notifications';

/** A stored draft and the published entries that may already answer it. */
export interface DraftWithSuggestions {
  question: Question;
  suggestions: FaqEntry[];
}

/**
 * Stores the question as a draft and finds up to 3 good answers (none when the FAQ has not answered it yet). A retried
 * submission with the same key is recognised; the same key with a different question is refused (409), so nothing
 * asked is silently dropped.
 */
export async function draftQuestion(
  ports: QuestionsPorts,
  person: Person,
  input: QuestionInput,
  submissionKey?: string,
): Promise<DraftWithSuggestions> {
  requireAsker(person);
  const checked = checkQuestion(input, await ports.faq.themes());
  const id = submissionKey ? uuidV5(`question:${person.id}:${submissionKey}`) : ports.newId();
  const question = await ports.questions.createDraft({ id, askerId: person.id, ...askedFor(person), ...checked });
  const sameQuestion =
    question.themeId === checked.themeId && question.text === checked.text && question.context === checked.context;
  if (!sameQuestion) {
    throw new UserFacingError(
      'conflict',
      'This Idempotency-Key was already used for a different question. Use a new key for a new question.',
    );
  }
  const found = await ports.catalog.search(`${checked.text} ${checked.context ?? ''}`, { top: 3 });
  return { question, suggestions: found.filter(isGoodAnswer).map((f) => f.entry) };
}

/** "Send to KCC" (also after "That answers it", on second thoughts): the question goes to its theme's channel. */
export async function sendToKcc(ports: QuestionsPorts, person: Person, questionId: string): Promise<Question> {
  const question = await ownQuestion(ports, person, questionId);
  if (!ALLOWED_FROM.send.includes(question.status)) return question;
  const officers = await ports.questions.officerTeamsIds(REFRESH_USER_LIMIT);
  const changedMind = question.status === 'self-answered';
  const sent = await ports.questions.change({
    questionId,
    actorId: person.id,
    from: ALLOWED_FROM.send,
    set: {
      status: 'open',
      sent: true,
      faqEntryId: null,
      channelConversationId: await routeFor(ports, question.themeId),
    },
    event: { kind: 'sent' },
    // On second thoughts the entry did not answer it: its wording is no longer learned as another way of asking it.
    unlearn: changedMind,
    notify: (changed) => channelPost(changed, officers),
  });
  if (changedMind) ports.catalog.invalidate();
  return sent;
}

/**
 * "That answers it": records which published entry answered the draft, so it never reaches KCC; the asker's wording
 * becomes another way of asking that entry (once, and only if it names no pupil).
 */
export async function answeredByFaq(
  ports: QuestionsPorts,
  person: Person,
  questionId: string,
  faqEntryId: string,
): Promise<Question> {
  const question = await ownQuestion(ports, person, questionId);
  if (question.status === 'self-answered' && question.faqEntry?.id === faqEntryId) return question;
  requireAllowed(question, 'self-answer');
  const entry = await ports.faq.entry(faqEntryId);
  if (entry?.status !== 'published') throw new UserFacingError('not-found', 'That FAQ entry is not published.');
  const answered = await ports.questions.change({
    questionId,
    actorId: person.id,
    from: ['draft'],
    set: { status: 'self-answered', faqEntryId },
    event: { kind: 'self-answered', faqEntryId },
    learn: learnedWording(ports, question, faqEntryId),
  });
  ports.catalog.invalidate();
  return answered;
}

/** The channel a theme's questions go to: its own route, else the route for all themes, else none yet. */
export async function routeFor(ports: QuestionsPorts, themeId: string): Promise<string | null> {
  const routes = await ports.questions.routes();
  return routes.get(themeId) ?? routes.get(ALL_THEMES) ?? null;
}
