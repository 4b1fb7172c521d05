import type { Person } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { latestAnswer } from '../domain/question';
import { myQuestionsCard } from './question-list-card';
import { clip } from './question-suggestions-card';
import { londonMoment, questionCardView } from './question-views';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** How many of their questions "My questions" shows. */
const SHOWN = 10;

/** "My questions" (or "questions" typed by anyone but an officer): what they asked KCC, where it stands, the answers. */
export async function myQuestionsCardFor(person: Person, deps: QuestionsTeamsDeps): Promise<AdaptiveCard> {
  const sent = (await deps.questions.list(person)).filter((q) => q.status !== 'draft');
  return myQuestionsCard(
    sent.slice(0, SHOWN).map((q) => {
      return {
        id: q.id,
        heading: `${q.themeName} · asked ${londonMoment(q.sentAt ?? q.createdAt)}`,
        text: clip(q.text, 300),
        status: questionCardView(q, person.id).statusLine,
        answer: latestAnswer(q)?.text ?? (q.status === 'duplicate' ? (q.faqEntry?.answer ?? null) : null),
      };
    }),
    sent.length,
  );
}
