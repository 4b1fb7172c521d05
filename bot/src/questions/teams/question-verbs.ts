import type { Person } from '../../directory';
import type { CardVerb } from '../../platform/feature';
import { limitedVerb } from '../../platform/limits/limited';
import { answeredByFaqFromCard, askCard, askQuestionFromCard, sendQuestionFromCard } from './question-ask';
import { feedbackFromCard, followUpFromCard } from './question-asker';
import { faqCard, retireFaqFromCard, saveFaqFromCard } from './question-faq';
import {
  answerPreview,
  officerActionFromCard,
  officerActions,
  openQuestionsListCard,
  questionCardFor,
} from './question-officer';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** The card verbs of asking KCC, answering in the channel, following up and the FAQ, each to its handler. */
export function questionCardVerbs(deps: QuestionsTeamsDeps): Record<string, CardVerb<Person>> {
  const { limits } = deps;
  const officer = Object.fromEntries(
    Object.entries(officerActions(deps)).map(([verb, action]): [string, CardVerb<Person>] => [
      verb,
      ({ context, person, data }) =>
        officerActionFromCard(
          context,
          person,
          data,
          deps,
          action,
          verb === 'answerQuestion' ? answerPreview : undefined,
        ),
    ]),
  );
  return {
    ask: ({ person, data }) =>
      askCard(
        person,
        deps,
        typeof data.text === 'string' && data.text.trim() ? { text: data.text.slice(0, 2000) } : {},
      ),
    askQuestion: limitedVerb(limits, 'write', ({ context, person, data }) =>
      askQuestionFromCard(context, person, data, deps),
    ),
    sendQuestion: limitedVerb(limits, 'write', ({ person, data }) => sendQuestionFromCard(person, data, deps)),
    questionAnsweredByFaq: ({ person, data }) => answeredByFaqFromCard(person, data, deps),
    questions: ({ person }) => openQuestionsListCard(person, deps),
    questionCard: ({ context, person, data }) => questionCardFor(context, person, data, deps),
    ...officer,
    questionFeedback: ({ person, data }) => feedbackFromCard(person, data, deps),
    questionFollowUp: ({ person, data }) => followUpFromCard(person, data, deps),
    faq: limitedVerb(limits, 'search', ({ person, data }) => faqCard(person, String(data.query ?? ''), deps)),
    faqSave: ({ person, data }) => saveFaqFromCard(person, data, deps),
    faqRetire: ({ person, data }) => retireFaqFromCard(person, data, deps),
  };
}
