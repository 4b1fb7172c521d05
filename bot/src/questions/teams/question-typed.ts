import { CardFactory, type TurnContext } from 'botbuilder';
import { personOfTurn, unknownPersonCard } from '../../directory';
import { problemCardFor } from '../../platform/bot/problem-card-for';
import type { TextCommand } from '../../platform/feature';
import { isGoodAnswer } from '../domain/faq-search/good-answer';
import { foundCard } from './found-card';
import { faqEntryView } from './question-faq';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** How many published answers a typed question shows. */
const ANSWERS_SHOWN = 3;

const QUESTION_WORDS = /^(who|what|when|where|why|how|which|can|could|do|does|did|is|are|should|will|would|may)\b/i;

/** True for a message that reads as a question ("who is our educational psychologist?") rather than a command. */
export function looksLikeAQuestion(text: string): boolean {
  const words = text.trim();
  return words.length >= 8 && (/\?\s*$/.test(words) || QUESTION_WORDS.test(words));
}

/**
 * A question typed in the chat: the FAQ's good answers and a way to the contacts, instead of the welcome card; when
 * nothing published answers it well, "Send to KCC" comes first.
 */
export function typedQuestionCommand(deps: QuestionsTeamsDeps): TextCommand {
  return {
    name: 'a question typed in the chat',
    matches: looksLikeAQuestion,
    run: async (context: TurnContext, text: string) => {
      const person = await personOfTurn(context, deps);
      const card = person
        ? await foundCardFor(text.trim().slice(0, 500), deps).catch(problemCardFor)
        : unknownPersonCard(context.activity.from?.name);
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    },
  };
}

async function foundCardFor(query: string, deps: QuestionsTeamsDeps) {
  const today = deps.questions.today();
  const results = await deps.questions.searchFaq(query, ANSWERS_SHOWN);
  return foundCard({
    query,
    answers: results.filter(isGoodAnswer).map((r) => faqEntryView(r.entry, today)),
    contactsUrl: deps.contactsPageUrl({ q: contactWords(query) }),
  });
}

/** The words of a question worth searching contacts for ("who is our educational psychologist?" → "educational psychologist"). */
function contactWords(query: string): string {
  const skip = new Set([
    'who',
    'what',
    'is',
    'are',
    'our',
    'the',
    'a',
    'an',
    'my',
    'for',
    'do',
    'we',
    'i',
    'to',
    'of',
    'can',
    'how',
    'contact',
    'get',
    'hold',
    'find',
    'where',
  ]);
  return query
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !skip.has(w))
    .slice(0, 4)
    .join(' ');
}
