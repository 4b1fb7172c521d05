import type { TurnContext } from 'botbuilder';
import type { Person } from '../../directory/domain/person';
import type { BotDependencies } from '../../platform/bot/bot-dependencies';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { answeredByFaqFromCard, askCard, askQuestionFromCard, sendQuestionFromCard } from './question-ask';
import { feedbackFromCard, followUpFromCard } from './question-asker';
import { faqCard, retireFaqFromCard, saveFaqFromCard } from './question-faq';
import { officerActionFromCard, officerActions, openQuestionsListCard, questionCardFor } from './question-officer';

/** A card verb's handler: the person who pressed it and the action's data, answered with the replacing card. */
type QuestionAction = (person: Person, data: Record<string, unknown>) => Promise<AdaptiveCard>;

/** The card verbs of asking KCC, answering in the channel, following up and the FAQ, each to its handler. */
export function questionActions(context: TurnContext, deps: BotDependencies): Record<string, QuestionAction> {
  const officer = Object.fromEntries(
    Object.entries(officerActions(deps)).map(([verb, action]) => [
      verb,
      (person: Person, data: Record<string, unknown>) => officerActionFromCard(context, person, data, deps, action),
    ]),
  );
  return {
    ask: (person) => askCard(person, deps),
    askQuestion: (person, data) => askQuestionFromCard(context, person, data, deps),
    sendQuestion: (person, data) => sendQuestionFromCard(person, data, deps),
    questionAnsweredByFaq: (person, data) => answeredByFaqFromCard(person, data, deps),
    questions: (person) => openQuestionsListCard(person, deps),
    questionCard: (person, data) => questionCardFor(context, person, data, deps),
    ...officer,
    questionFeedback: (person, data) => feedbackFromCard(person, data, deps),
    questionFollowUp: (person, data) => followUpFromCard(person, data, deps),
    faq: (person, data) => faqCard(person, String(data.query ?? ''), deps),
    faqSave: (person, data) => saveFaqFromCard(person, data, deps),
    faqRetire: (person, data) => retireFaqFromCard(person, data, deps),
  };
}
