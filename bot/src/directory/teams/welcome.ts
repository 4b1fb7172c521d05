import { CardFactory, type TurnContext } from 'botbuilder';
import { callerOf, conversationOf } from '../../platform/bot/turn-caller';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { greetCaller } from '../app/greet-caller';
import type { DirectoryTeamsDeps } from './directory-teams-deps';
import { sharedChatWelcomeCard } from './shared-chat-welcome-card';
import { unknownPersonCard } from './unknown-person-card';
import { welcomeCard } from './welcome-card';

/** Recognises the sender, remembers the conversation and returns the card that fits them. */
export async function welcomeCardFor(context: TurnContext, deps: DirectoryTeamsDeps): Promise<AdaptiveCard> {
  const greeting = await greetCaller(deps, callerOf(context), conversationOf(context));
  return greeting.person
    ? welcomeCard(greeting.person, greeting.actions)
    : unknownPersonCard(context.activity.from?.name);
}

/** Welcomes a team or group chat without naming anyone, and remembers the conversation. */
export async function sendSharedChatWelcome(context: TurnContext, deps: DirectoryTeamsDeps): Promise<void> {
  await deps.conversationRefs.save({ ...conversationOf(context), personId: null });
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(sharedChatWelcomeCard())] });
}
