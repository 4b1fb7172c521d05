import { CardFactory, type TurnContext } from 'botbuilder';
import type { Person } from '../../directory/domain/person';
import { personOfTurn } from '../../directory/teams/person-of-turn';
import { unknownPersonCard } from '../../directory/teams/unknown-person-card';
import type { BotDependencies } from '../../platform/bot/bot-dependencies';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { executeAction } from '../../platform/cards/adaptive-card';
import { problemCard } from '../../platform/cards/problem-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { askCard, rememberPersonalChat } from './question-ask';
import { channelConversationOf } from './question-channel';
import { faqCard } from './question-faq';
import { openQuestionsListCard } from './question-officer';
import { type QuestionTextCommand, questionCommandOf } from './question-text-commands';

/** Answers a typed question command: the ask form, open questions, the FAQ, or routing a theme to this channel. */
export async function handleQuestionCommand(
  context: TurnContext,
  command: QuestionTextCommand,
  text: string,
  deps: BotDependencies,
): Promise<void> {
  const argument = questionCommandOf(text)?.argument ?? '';
  const person = await personOfTurn(context, deps);
  if (!person) return sendCard(context, unknownPersonCard(context.activity.from?.name));
  await rememberPersonalChat(context, person, deps);
  if (context.activity.from?.id) await deps.questions.rememberOfficer(person, context.activity.from.id);
  try {
    if (command === 'setQuestionChannel') return await setQuestionChannel(context, person, argument, deps);
    const card =
      command === 'ask'
        ? await askCard(person, deps, argument ? { text: argument } : {})
        : command === 'questions'
          ? await openQuestionsListCard(person, deps)
          : await faqCard(person, argument, deps);
    await sendCard(context, card);
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    await sendCard(context, problemCard(error.message, [executeAction('Back to help', 'help')]));
  }
}

async function setQuestionChannel(context: TurnContext, person: Person, words: string, deps: BotDependencies) {
  if (context.activity.conversation.conversationType !== 'channel') {
    await context.sendActivity(
      'Say this in the team channel that should receive the questions, mentioning me: "set question channel Funding" (or "all").',
    );
    return;
  }
  const channel = channelConversationOf(context.activity);
  await deps.conversationRefs.save({ ...channel, personId: null });
  const route = await deps.questions.routeTheme(person, words, channel.conversationId);
  await context.sendActivity(
    `Questions about ${route.themeName} now come to this channel. Officers assign, answer, mark duplicates and close them on each question's card.`,
  );
}

async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
