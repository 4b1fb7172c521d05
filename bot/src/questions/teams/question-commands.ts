import { CardFactory, type TurnContext } from 'botbuilder';
import type { Person } from '../../directory';
import { isOfficer, personOfTurn, unknownPersonCard } from '../../directory';
import { problemCardFor } from '../../platform/bot/problem-card-for';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { askCard, rememberPersonalChat } from './question-ask';
import { channelConversationOf } from './question-channel';
import { faqCard } from './question-faq';
import { myQuestionsCardFor } from './question-mine';
import { openQuestionsListCard } from './question-officer';
import { type QuestionTextCommand, questionCommandOf } from './question-text-commands';
import type { QuestionsTeamsDeps } from './questions-teams-deps';

/** Answers a typed question command: the ask form, open questions, the FAQ, or routing a theme to this channel. */
export async function handleQuestionCommand(
  context: TurnContext,
  command: QuestionTextCommand,
  text: string,
  deps: QuestionsTeamsDeps,
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
          ? isOfficer(person)
            ? await openQuestionsListCard(person, deps)
            : await myQuestionsCardFor(person, deps)
          : await faqCard(person, argument, deps);
    await sendCard(context, card);
  } catch (error) {
    await sendCard(context, problemCardFor(error));
  }
}

async function setQuestionChannel(context: TurnContext, person: Person, words: string, deps: QuestionsTeamsDeps) {
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
