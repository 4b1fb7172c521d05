import type { Person } from '../../directory';
import { isOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { Question } from '../domain/question';
import type { QuestionsPorts } from './ports';

/** Refuses people without a role: only school people (and KCC) ask questions. */
export function requireAsker(person: Person): void {
  if (person.roles.length === 0) {
    throw new UserFacingError('forbidden', 'Only people with a role in a Community of Schools can ask KCC questions.');
  }
}

/** The question, if this person may see it (its asker or a KCC officer). */
export async function visibleQuestion(ports: QuestionsPorts, person: Person, questionId: string): Promise<Question> {
  const question = await ports.questions.question(questionId);
  if (!question || (question.askerId !== person.id && !isOfficer(person))) {
    throw new UserFacingError('not-found', 'There is no such question, or it is not yours to see.');
  }
  return question;
}

/** The question, if this person asked it. */
export async function ownQuestion(ports: QuestionsPorts, person: Person, questionId: string): Promise<Question> {
  const question = await ports.questions.question(questionId);
  if (!question || question.askerId !== person.id) {
    throw new UserFacingError('not-found', 'There is no such question among yours.');
  }
  return question;
}

/** The school and community a question is asked for: the asker's first school role, else their first community. */
export function askedFor(person: Person): { schoolId: string | null; communityId: string | null } {
  const school = person.roles.find((r) => r.schoolId);
  const community = school ?? person.roles.find((r) => r.communityId);
  return { schoolId: school?.schoolId ?? null, communityId: community?.communityId ?? null };
}
