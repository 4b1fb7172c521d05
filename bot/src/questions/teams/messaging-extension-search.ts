import {
  CardFactory,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import { ACCESS_REQUEST_EMAIL, personOfTurn } from '../../directory';
import { RateLimitedError } from '../../platform/errors/user-facing-error';
import { faqEntryCard } from './faq-entry-card';
import { faqEntryView } from './question-faq';
import { clip } from './question-suggestions-card';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** The search command's id and parameter, as declared in appPackage/manifest.json. */
export const SEARCH_FAQ = { commandId: 'searchFaq', parameter: 'searchQuery' } as const;

/** "Search FAQ": published answers as cards to insert into a Teams chat or an Outlook email (the first run lists the latest). */
export async function searchFaqExtension(
  context: TurnContext,
  query: MessagingExtensionQuery,
  deps: QuestionsTeamsDeps,
): Promise<MessagingExtensionResponse> {
  if (query.commandId !== SEARCH_FAQ.commandId) {
    return { composeExtension: { type: 'message', text: `"${query.commandId ?? ''}" is not a command of this app.` } };
  }
  const person = await personOfTurn(context, deps);
  if (!person) {
    return {
      composeExtension: {
        type: 'message',
        text: `We could not find you among the people of Communities of Schools. Email ${ACCESS_REQUEST_EMAIL} for access.`,
      },
    };
  }
  try {
    await deps.limits.spend('search', person.id);
  } catch (error) {
    if (error instanceof RateLimitedError) return { composeExtension: { type: 'message', text: error.message } };
    throw error;
  }
  const parameters = query.parameters ?? [];
  const initialRun = parameters.some((p) => p.name === 'initialRun' && String(p.value) === 'true');
  const words = initialRun ? '' : String(parameters.find((p) => p.name === SEARCH_FAQ.parameter)?.value ?? '');
  const skip = Math.max(0, query.queryOptions?.skip ?? 0);
  const count = Math.min(Math.max(1, query.queryOptions?.count ?? 10), 25);
  const results = (await deps.questions.searchFaq(words, Math.min(skip + count, 25))).slice(skip);
  const today = deps.questions.today();
  return {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: results.map(({ entry }) => {
        const view = faqEntryView(entry, today);
        return {
          ...CardFactory.adaptiveCard(faqEntryCard(view)),
          preview: CardFactory.thumbnailCard(
            view.outOfDate ? `${entry.question} (out of date)` : entry.question,
            clip(entry.answer, 140),
          ),
        };
      }),
    },
  };
}
