import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Person } from '../../directory';
import { orFormAgain } from '../../platform/bot/or-form-again';
import { conversationOf } from '../../platform/bot/turn-caller';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { askQuestionCard } from './question-ask-card';
import { questionSentCard } from './question-sent-card';
import { questionSuggestionsCard } from './question-suggestions-card';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** The "Ask KCC" form, optionally with the question already written (typed after `ask`, or from a message). */
export async function askCard(
  person: Person,
  deps: QuestionsTeamsDeps,
  prefill: { text?: string; themeId?: string; context?: string; error?: string } = {},
  mode: 'execute' | 'submit' = 'execute',
): Promise<AdaptiveCard> {
  const themes = await deps.questions.themes(person);
  return askQuestionCard({ themes, submissionId: randomUUID(), mode, ...prefill });
}

/** "Check the FAQ": stores the question, then offers published answers, or sends it to KCC when none fits. */
export async function askQuestionFromCard(
  context: TurnContext,
  person: Person,
  data: Record<string, unknown>,
  deps: QuestionsTeamsDeps,
): Promise<AdaptiveCard> {
  const input = {
    themeId: String(data.theme ?? ''),
    text: String(data.text ?? ''),
    context: String(data.context ?? ''),
  };
  await rememberPersonalChat(context, person, deps);
  return orFormAgain(
    async () => {
      const { question, suggestions } = await deps.questions.draft(
        person,
        input,
        String(data.submissionId ?? '') || undefined,
      );
      if (suggestions.length === 0) return sendQuestionFromCard(person, { questionId: question.id }, deps);
      return questionSuggestionsCard({
        questionId: question.id,
        question: question.text,
        suggestions,
        mode: 'execute',
      });
    },
    (problem) => askCard(person, deps, { ...input, error: problem }),
  );
}

/** "Send to KCC": the question goes to its theme's channel; the asker is told the answer will come to this chat. */
export async function sendQuestionFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: QuestionsTeamsDeps,
): Promise<AdaptiveCard> {
  const question = await deps.questions.send(person, String(data.questionId ?? ''));
  return questionSentCard({
    question: question.text,
    themeName: question.themeName,
    outcome: 'sent',
    routed: question.channelConversationId !== null,
  });
}

/** "That answers it": recorded, and the answer stays on the card. */
export async function answeredByFaqFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: QuestionsTeamsDeps,
): Promise<AdaptiveCard> {
  const question = await deps.questions.answeredByFaq(person, String(data.questionId ?? ''), String(data.faqId ?? ''));
  return questionSentCard({
    question: question.text,
    themeName: question.themeName,
    outcome: 'self-answered',
    routed: false,
    ...(question.faqEntry ? { faq: question.faqEntry } : {}),
  });
}

/** Remembers the asker's 1:1 chat (the answer is delivered there), when they ask from it. */
export async function rememberPersonalChat(
  context: TurnContext,
  person: Person,
  deps: QuestionsTeamsDeps,
): Promise<void> {
  const conversation = conversationOf(context);
  if (conversation.conversationType === 'personal')
    await deps.conversationRefs.save({ ...conversation, personId: person.id });
}
