import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import { inSpan, noteOnCurrentSpan } from '../telemetry/spans';
import type { BotRoutes } from './bot-routes';
import { answerCardAction } from './card-action-router';
import { textOf } from './text-command';

/** The bot's activity handler: it only routes each activity to the feature that owns it. */
export class CommunitiesBot<P> extends TeamsActivityHandler {
  constructor(private readonly routes: BotRoutes<P>) {
    super();
    this.onMessage(async (context, next) => {
      await this.routeMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botWasAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      const personal = (context.activity.conversation.conversationType ?? 'personal') === 'personal';
      if (botWasAdded) await (personal ? this.sendWelcome(context) : this.routes.home.welcomeSharedChat(context));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      // Teams also sends conversationUpdate (handled above) for the same install; clients without it rely on this.
      if (context.activity.channelId !== 'msteams') await this.sendWelcome(context);
      await next();
    });
  }

  /** Each turn is one span: what kind of activity, which verb or command, whose roles, and how it ended. */
  override run(context: TurnContext): Promise<void> {
    const { activity } = context;
    return inSpan(
      'bot.turn',
      {
        'cos.activity.type': codeName(activity.type),
        'cos.activity.name': codeName(activity.name),
        'cos.conversation.type': codeName(activity.conversation?.conversationType ?? 'personal'),
      },
      () => super.run(context),
    );
  }

  protected override onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return answerCardAction(context, invokeValue, this.routes);
  }

  protected override handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const command = this.routes.messageExtensions.find((c) => c.commandId === query.commandId)?.query;
    if (command) return command(context, query);
    return Promise.resolve({ composeExtension: { type: 'message', text: notACommand(query.commandId) } });
  }

  protected override handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const command = this.routes.messageExtensions.find((c) => c.commandId === action.commandId)?.fetchTask;
    return command ? command(context, action) : Promise.resolve(closeDialog(notACommand(action.commandId)));
  }

  protected override handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    const command = this.routes.messageExtensions.find((c) => c.commandId === action.commandId)?.submitAction;
    return command ? command(context, action) : Promise.resolve(closeDialog(notACommand(action.commandId)));
  }

  private async routeMessage(context: TurnContext): Promise<void> {
    if (context.activity.value && !context.activity.text) return; // Legacy Action.Submit payloads: not used.
    const { text, isHelp } = textOf(context.activity);
    const command = isHelp ? undefined : this.routes.textCommands.find((c) => c.matches(text));
    noteOnCurrentSpan({ 'cos.command': isHelp ? 'help' : (command?.name ?? 'none') });
    if (isHelp) return this.sendWelcome(context);
    if (command) return command.run(context, text);
    await context.sendActivity(`I don't know "${text.slice(0, 60)}" yet. Here is what I can do:`);
    await this.sendWelcome(context);
  }

  private async sendWelcome(context: TurnContext): Promise<void> {
    const card = await this.routes.home.welcomeCard(context);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  }
}

/** A name the Teams client sends (an activity type or invoke name) if it looks like one, else "other": never free text. */
function codeName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^[A-Za-z][A-Za-z/-]{0,39}$/.test(value) ? value : 'other';
}

function notACommand(commandId: string | undefined): string {
  return `"${commandId ?? ''}" is not a command of this app.`;
}

function closeDialog(message: string): MessagingExtensionActionResponse {
  return { task: { type: 'message', value: message } };
}
