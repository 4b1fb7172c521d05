import type { Person } from '../../directory';
import type { Question } from '../domain/question';
import { checkText } from '../domain/question-input';
import { ALLOWED_FROM, reopenedStatus, requireAllowed } from '../domain/question-lifecycle';
import { announceChange } from './announce-change';
import { routeFor } from './ask-question';
import { learnedWording } from './faq-phrasings';
import { type QuestionsPorts, REFRESH_USER_LIMIT } from './ports';
import { ownQuestion } from './question-access';
import { channelPost } from './question-notifications';

/**
 * "Helpful" / "Not helpful" on the answer: recorded, and shown to the officers. Helpful teaches the FAQ entry that
 * answered it the asker's wording (once, and only if it names no pupil); Not helpful forgets it again.
 */
export async function giveFeedback(
  ports: QuestionsPorts,
  person: Person,
  questionId: string,
  helpful: boolean,
): Promise<Question> {
  const question = await ownQuestion(ports, person, questionId);
  requireAllowed(question, 'feedback');
  if (question.helpful === helpful) return question;
  const changed = await ports.questions.change({
    questionId,
    actorId: person.id,
    from: ALLOWED_FROM.feedback,
    set: { helpful },
    event: { kind: 'feedback', text: helpful ? 'helpful' : 'not helpful' },
    ...(helpful && question.faqEntry ? { learn: learnedWording(ports, question, question.faqEntry.id) } : {}),
    unlearn: !helpful,
  });
  ports.catalog.invalidate();
  const note = helpful
    ? `👍 ${person.displayName} found the answer helpful`
    : `👎 ${person.displayName} did not find the answer helpful`;
  return announceChange(ports, changed, note);
}

/** A follow-up from the asker reopens the question with its history; one never sent to KCC goes there now. */
export async function followUp(
  ports: QuestionsPorts,
  person: Person,
  questionId: string,
  text: string,
): Promise<Question> {
  const question = await ownQuestion(ports, person, questionId);
  requireAllowed(question, 'follow-up');
  const said = checkText('text', text, 'your follow-up', 3);
  const firstTime = !question.channelConversationId;
  const channel = firstTime ? await routeFor(ports, question.themeId) : question.channelConversationId;
  const officers = await ports.questions.officerTeamsIds(REFRESH_USER_LIMIT);
  const changed = await ports.questions.change({
    questionId,
    actorId: person.id,
    from: ALLOWED_FROM['follow-up'],
    set: {
      status: reopenedStatus(question),
      helpful: null,
      channelConversationId: channel,
      ...(question.status === 'self-answered' ? { sent: true, faqEntryId: null } : {}),
    },
    event: { kind: 'follow-up', text: said },
    unlearn: question.status === 'self-answered',
    notify: (reopened) => (firstTime ? channelPost(reopened, officers) : []),
  });
  if (question.status === 'self-answered') ports.catalog.invalidate();
  return firstTime
    ? changed
    : announceChange(ports, changed, `↩️ ${person.displayName} followed up; the question is open again`);
}
