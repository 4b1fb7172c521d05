import { type Activity, CardFactory, type CloudAdapter, type ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationRef, ConversationRefsPort } from '../../platform/conversations/conversation-refs';
import type { Logger } from '../../platform/logging/logger';
import type { QuestionChanged } from '../app/ports';
import { questionChannelCard } from './question-channel-card';
import { questionCardView } from './question-views';

/** A channel's conversation id without the thread suffix (";messageid=…") Teams adds to messages in a thread. */
export function channelIdOf(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

/** The conversation id of a post's thread in a channel, for replies to it and updates of it. */
function threadIdOf(channelId: string, activityId: string): string {
  return `${channelIdOf(channelId)};messageid=${activityId}`;
}

/** The channel an activity came from, as a reference the bot can post new questions to. */
export function channelConversationOf(activity: Partial<Activity>): Omit<ConversationRef, 'personId'> {
  const reference = JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<
    string,
    unknown
  >;
  const conversation = reference.conversation as { id: string };
  const channelId = channelIdOf(conversation.id);
  delete reference.activityId;
  return {
    conversationId: channelId,
    conversationType: 'channel',
    reference: { ...reference, conversation: { ...conversation, id: channelId } },
  };
}

/** Keeps question cards in channels current: redraws a card in place for everyone and notes each change in its thread. */
export class QuestionChannel {
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly refs: ConversationRefsPort,
    private readonly logger: Logger,
  ) {}

  /** Redraws the card and notes the change in its thread, one change after another per question; never throws. */
  questionChanged(change: QuestionChanged): Promise<void> {
    const id = change.question.id;
    const next = (this.pending.get(id) ?? Promise.resolve()).then(() => this.apply(change));
    this.pending.set(id, next);
    void next.then(() => {
      if (this.pending.get(id) === next) this.pending.delete(id);
    });
    return next;
  }

  private async apply(change: QuestionChanged): Promise<void> {
    const { question, note, refreshUserIds } = change;
    if (!question.channelConversationId || !question.channelActivityId) return;
    const activityId = question.channelActivityId;
    try {
      const channel = await this.refs.find(question.channelConversationId);
      if (!channel) return;
      const conversation = channel.reference.conversation as Record<string, unknown>;
      const thread = {
        ...channel.reference,
        conversation: { ...conversation, id: threadIdOf(question.channelConversationId, activityId) },
      } as Partial<ConversationReference>;
      const card = questionChannelCard(questionCardView(question), {
        viewer: 'everyone',
        duplicateChoices: [],
        refreshUserIds,
      });
      await this.adapter.continueConversationAsync(this.botAppId, thread, async (context) => {
        await context.updateActivity({
          type: 'message',
          id: activityId,
          attachments: [CardFactory.adaptiveCard(card)],
        });
        await context.sendActivity({ type: 'message', text: note });
      });
    } catch (err) {
      // Only the status and message: a connector error can carry the card, and with it what people typed.
      const { statusCode, message } = err as { statusCode?: number; message?: string };
      this.logger.warn(
        { questionId: question.id, statusCode, reason: String(message ?? err).slice(0, 200) },
        'could not update the question card in its channel',
      );
    }
  }
}
