import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkFaqEntry } from '../domain/faq-entry';
import type { Question } from '../domain/question';
import { checkText } from '../domain/question-input';
import { ALLOWED_FROM, requireAllowed } from '../domain/question-lifecycle';
import { announceChange } from './announce-change';
import { learnedWording } from './faq-phrasings';
import type { QuestionsPorts } from './ports';
import { askerNotice } from './question-notifications';

/**
 * What an officer writes when answering: the answer to the asker, whether to publish it, and optional rewordings of
 * the question and the answer for the FAQ (an answer about one school must not be published word for word).
 */
export interface AnswerInput {
  text: string;
  publish: boolean;
  publishQuestion?: string;
  publishAnswer?: string;
}

/** What the FAQ gets when an answer is published: the rewordings, or else the question and the answer as they are. */
export function publishedWording(questionText: string, input: AnswerInput): { question: string; answer: string } {
  return {
    question: input.publishQuestion?.trim() || questionText,
    answer: input.publishAnswer?.trim() || input.text.trim(),
  };
}

/** "Assign to me": the officer takes the question (from a colleague too); pressing it twice changes nothing. */
export async function assignToMe(ports: QuestionsPorts, person: Person, questionId: string): Promise<Question> {
  const question = await officerQuestion(ports, person, questionId);
  if (question.status === 'assigned' && question.assigneeId === person.id) return question;
  requireAllowed(question, 'assign');
  const from = question.assigneeName;
  const changed = await ports.questions.change({
    questionId,
    actorId: person.id,
    from: ALLOWED_FROM.assign,
    set: { status: 'assigned', assigneeId: person.id },
    event: { kind: 'assigned', text: from ? `from ${from}` : null },
  });
  return announceChange(
    ports,
    changed,
    `🙋 ${from ? `Reassigned from ${from} to` : 'Assigned to'} ${person.displayName}`,
  );
}

/** "Answer": the answer goes to the asker (once), and optionally into the FAQ as a new published entry. */
export async function answerQuestion(
  ports: QuestionsPorts,
  person: Person,
  questionId: string,
  input: AnswerInput,
): Promise<Question> {
  const question = await officerQuestion(ports, person, questionId);
  requireAllowed(question, 'answer');
  const text = checkText('text', input.text, 'the answer', 10);
  const publish = input.publish
    ? checkFaqEntry({ ...publishedWording(question.text, input), themeId: question.themeId }, await ports.faq.themes())
    : undefined;
  const changed = await ports.questions.change({
    questionId,
    actorId: person.id,
    from: ALLOWED_FROM.answer,
    set: { status: 'answered', assigneeId: question.assigneeId ?? person.id },
    event: { kind: 'answered', text },
    publish: publish && {
      id: ports.newId(),
      ...publish,
      source: 'A question from a school, answered by KCC',
      sourceQuestionId: questionId,
    },
    notify: askerNotice,
  });
  if (publish) ports.catalog.invalidate();
  return announceChange(
    ports,
    changed,
    `✅ Answered by ${person.displayName}${publish ? ' and published to the FAQ' : ''}`,
  );
}

/**
 * "Mark duplicate": the question is answered by a published FAQ entry, whose answer goes to the asker; the asker's
 * wording becomes another way of asking that entry (once, and only if it names no pupil).
 */
export async function markDuplicate(
  ports: QuestionsPorts,
  person: Person,
  questionId: string,
  faqEntryId: string,
): Promise<Question> {
  const question = await officerQuestion(ports, person, questionId);
  requireAllowed(question, 'duplicate');
  const entry = faqEntryId ? await ports.faq.entry(faqEntryId) : undefined;
  if (entry?.status !== 'published') {
    throw new UserFacingError('invalid', 'Pick the published FAQ entry that answers this question.', {
      faqId: 'a published FAQ entry',
    });
  }
  const changed = await ports.questions.change({
    questionId,
    actorId: person.id,
    from: ALLOWED_FROM.duplicate,
    set: { status: 'duplicate', faqEntryId: entry.id },
    event: { kind: 'duplicate', faqEntryId: entry.id },
    learn: learnedWording(ports, question, entry.id),
    notify: askerNotice,
  });
  ports.catalog.invalidate();
  return announceChange(
    ports,
    changed,
    `🔁 Marked by ${person.displayName} as answered by the FAQ: "${entry.question}"`,
  );
}

/** "Close": the question is closed with a reason the asker is told. */
export async function closeQuestion(
  ports: QuestionsPorts,
  person: Person,
  questionId: string,
  reason: string,
): Promise<Question> {
  const question = await officerQuestion(ports, person, questionId);
  requireAllowed(question, 'close');
  const why = checkText('reason', reason, 'why the question is closed (the asker sees it)', 3);
  const changed = await ports.questions.change({
    questionId,
    actorId: person.id,
    from: ALLOWED_FROM.close,
    set: { status: 'closed' },
    event: { kind: 'closed', text: why },
    notify: askerNotice,
  });
  return announceChange(ports, changed, `🚫 Closed by ${person.displayName}: ${why}`);
}

async function officerQuestion(ports: QuestionsPorts, person: Person, questionId: string): Promise<Question> {
  requireOfficer(person);
  const question = await ports.questions.question(questionId);
  if (!question) throw new UserFacingError('not-found', 'There is no such question.');
  return question;
}
