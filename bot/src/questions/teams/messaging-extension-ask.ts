import {
  CardFactory,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type TurnContext,
} from 'botbuilder';
import { ACCESS_REQUEST_EMAIL, personOfTurn } from '../../directory';
import { plainTextOf } from '../../platform/bot/message-text';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { QUESTION_LENGTH } from '../domain/question-input';
import { askCard } from './question-ask';
import { questionSuggestionsCard } from './question-suggestions-card';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** The action command's id, as declared in appPackage/manifest.json. */
export const ASK_KCC = 'askKcc';

/** "Ask KCC" on a message: a dialog with the ask form, the question already written from the message. */
export async function askKccFetchTask(
  context: TurnContext,
  action: MessagingExtensionAction,
  deps: QuestionsTeamsDeps,
): Promise<MessagingExtensionActionResponse> {
  const person = await personOfTurn(context, deps);
  if (!person)
    return closeWith(
      `We could not find you among the people of Communities of Schools. Email ${ACCESS_REQUEST_EMAIL} for access.`,
    );
  if (action.commandId !== ASK_KCC) return closeWith(`"${action.commandId ?? ''}" is not a command of this app.`);
  const body = action.messagePayload?.body;
  const text = plainTextOf(body?.content ?? '', body?.contentType).slice(0, QUESTION_LENGTH.max);
  try {
    return dialog(await askCard(person, deps, text ? { text } : {}, 'submit'));
  } catch (error) {
    if (error instanceof UserFacingError) return closeWith(error.message);
    throw error;
  }
}

/** The dialog's steps: check the FAQ (suggestions), then "That answers it" or "Send to KCC". */
export async function askKccSubmit(
  context: TurnContext,
  action: MessagingExtensionAction,
  deps: QuestionsTeamsDeps,
): Promise<MessagingExtensionActionResponse> {
  const person = await personOfTurn(context, deps);
  if (!person) return closeWith(`Email ${ACCESS_REQUEST_EMAIL} for access to Communities of Schools.`);
  const data = (action.data ?? {}) as Record<string, unknown>;
  try {
    if (data.step === 'questionAnsweredByFaq') {
      await deps.questions.answeredByFaq(person, String(data.questionId ?? ''), String(data.faqId ?? ''));
      return closeWith('Glad that answered it. We have noted it, so nothing was sent to KCC.');
    }
    let questionId = String(data.questionId ?? '');
    if (data.step !== 'sendQuestion') {
      const input = {
        themeId: String(data.theme ?? ''),
        text: String(data.text ?? ''),
        context: String(data.context ?? ''),
      };
      const drafted = await deps.questions
        .draft(person, input, String(data.submissionId ?? '') || undefined)
        .catch(async (error: unknown) => {
          if (error instanceof UserFacingError && error.code === 'invalid')
            return askCard(person, deps, { ...input, error: error.message }, 'submit');
          throw error;
        });
      if (!('question' in drafted)) return dialog(drafted);
      questionId = drafted.question.id;
      if (drafted.suggestions.length > 0) {
        const { question, suggestions } = drafted;
        return dialog(questionSuggestionsCard({ questionId, question: question.text, suggestions, mode: 'submit' }));
      }
    }
    await deps.questions.send(person, questionId);
    const chats = await deps.conversationRefs.personalConversationsOf([person.id]);
    return closeWith(
      chats.has(person.id)
        ? 'Sent to KCC. The answer will come to your chat with Communities of Schools.'
        : 'Sent to KCC. Open a chat with Communities of Schools in Teams to receive the answer there.',
    );
  } catch (error) {
    if (error instanceof UserFacingError) return closeWith(error.message);
    throw error;
  }
}

function dialog(card: AdaptiveCard): MessagingExtensionActionResponse {
  return {
    task: {
      type: 'continue',
      value: { title: 'Ask KCC', height: 'large', width: 'medium', card: CardFactory.adaptiveCard(card) },
    },
  };
}

function closeWith(message: string): MessagingExtensionActionResponse {
  return { task: { type: 'message', value: message } };
}
