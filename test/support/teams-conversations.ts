import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../bot/src/directory/demo/demo-directory';
import { postActivity, type TestSender, teamsActivity } from './bot-activities';

/** A KCC team's channel as Teams addresses the bot in it. */
export interface TestChannel {
  teamId: string;
  channelId: string;
}

/** Sends activities to the bot as Teams would, in a person's 1:1 chat or in a team channel, and returns the answers. */
export class TeamsConversations {
  constructor(
    private readonly baseUrl: string,
    private readonly serviceUrl: string,
  ) {}

  /** A message typed in a 1:1 chat. */
  say(sender: TestSender, text: string, conversationId: string) {
    return postActivity(
      this.baseUrl,
      teamsActivity(this.serviceUrl, sender, { type: 'message', text }, conversationId),
    );
  }

  /** A new post in a channel that @mentions the bot (Teams gives the conversation the post's own thread id). */
  sayInChannel(sender: TestSender, channel: TestChannel, text: string) {
    const mention = '<at>Communities of Schools</at>';
    const messageId = String(Date.now());
    return postActivity(
      this.baseUrl,
      teamsActivity(this.serviceUrl, sender, {
        type: 'message',
        id: messageId,
        text: `${mention} ${text}`,
        entities: [
          { type: 'mention', text: mention, mentioned: { id: '28:communities-bot', name: 'Communities of Schools' } },
        ],
        conversation: {
          id: `${channel.channelId};messageid=${messageId}`,
          conversationType: 'channel',
          tenantId: DEMO_TENANT_ID,
          isGroup: true,
        },
        channelData: {
          tenant: { id: DEMO_TENANT_ID },
          team: { id: channel.teamId },
          channel: { id: channel.channelId },
        },
      }),
    );
  }

  /** The bot added to a team: Teams tells it in the team's General channel. */
  installInTeam(sender: TestSender, channel: TestChannel) {
    return postActivity(
      this.baseUrl,
      teamsActivity(this.serviceUrl, sender, {
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:communities-bot' }],
        conversation: { id: channel.teamId, conversationType: 'channel', tenantId: DEMO_TENANT_ID, isGroup: true },
        channelData: { tenant: { id: DEMO_TENANT_ID }, team: { id: channel.teamId }, eventType: 'teamMemberAdded' },
      }),
    );
  }

  /** An Action.Execute pressed on a card in a 1:1 chat; answers with the replacing card. */
  async press(
    sender: TestSender,
    verb: string,
    data: Record<string, unknown>,
    conversationId: string,
    replyToId = 'card-1',
  ) {
    const activity = teamsActivity(
      this.serviceUrl,
      sender,
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId,
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      },
      conversationId,
    );
    return postActivity(this.baseUrl, activity);
  }

  /** An Action.Execute pressed on a card posted in a channel (the card's message id is `replyToId`). */
  pressInChannel(
    sender: TestSender,
    channel: TestChannel,
    cardId: string,
    verb: string,
    data: Record<string, unknown>,
  ) {
    return postActivity(
      this.baseUrl,
      teamsActivity(this.serviceUrl, sender, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: cardId,
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        conversation: {
          id: `${channel.channelId};messageid=${cardId}`,
          conversationType: 'channel',
          tenantId: DEMO_TENANT_ID,
          isGroup: true,
        },
        channelData: {
          tenant: { id: DEMO_TENANT_ID },
          team: { id: channel.teamId },
          channel: { id: channel.channelId },
        },
      }),
    );
  }

  /** A message extension invoke (query, fetchTask, submitAction) from a chat. */
  extension(sender: TestSender, name: string, value: Record<string, unknown>) {
    return postActivity(
      this.baseUrl,
      teamsActivity(this.serviceUrl, sender, { type: 'invoke', name, value }, `19:${randomUUID()}@thread.v2`),
    );
  }
}
