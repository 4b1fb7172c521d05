import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import { sendSharedChatWelcome, sendWelcome } from '../../directory/teams/welcome';
import { askKccFetchTask, askKccSubmit } from '../../questions/teams/messaging-extension-ask';
import { searchFaqExtension } from '../../questions/teams/messaging-extension-search';
import { handleQuestionCommand } from '../../questions/teams/question-commands';
import { sendPlanningCard } from '../../scheduling/teams/plan-meetings-message';
import type { BotDependencies } from './bot-dependencies';
import { handleCardAction } from './card-action-router';
import { textCommandOf } from './text-command';

/** The bot's activity handler: it only routes each activity to the handler that owns it. */
export class CommunitiesBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDependencies) {
    super();
    this.onMessage(async (context, next) => {
      await this.routeMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botWasAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      const personal = (context.activity.conversation.conversationType ?? 'personal') === 'personal';
      if (botWasAdded) await (personal ? sendWelcome(context, this.deps) : sendSharedChatWelcome(context, this.deps));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      // Teams also sends conversationUpdate (handled above) for the same install; clients without it rely on this.
      if (context.activity.channelId !== 'msteams') await sendWelcome(context, this.deps);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return handleCardAction(context, invokeValue, this.deps);
  }

  protected override handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return searchFaqExtension(context, query, this.deps);
  }

  protected override handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return askKccFetchTask(context, action, this.deps);
  }

  protected override handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return askKccSubmit(context, action, this.deps);
  }

  private async routeMessage(context: TurnContext): Promise<void> {
    if (context.activity.value && !context.activity.text) return; // Legacy Action.Submit payloads: not used.
    const { command, text } = textCommandOf(context.activity);
    if (command === 'planMeetings') return sendPlanningCard(context, this.deps);
    if (command === 'ask' || command === 'questions' || command === 'faq' || command === 'setQuestionChannel') {
      return handleQuestionCommand(context, command, text, this.deps);
    }
    if (command === 'unknown') {
      await context.sendActivity(`I don't know "${text.slice(0, 60)}" yet. Here is what I can do:`);
    }
    await sendWelcome(context, this.deps);
  }
}
