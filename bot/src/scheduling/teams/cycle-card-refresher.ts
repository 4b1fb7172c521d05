import { CardFactory, type CloudAdapter, type ConversationReference, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import type { Logger } from '../../platform/logging/logger';
import type { CycleCardWatches, CycleWithMeetings } from '../app/ports';

/** Builds the card that replaces a watched card once its cycle finishes. */
export type FinishedCycleCard = (cycle: CycleWithMeetings) => Promise<AdaptiveCard>;

/**
 * Updates the chair's "creating…" card in place when the calendar work behind it finishes. The cards are stored, so
 * the instance that finishes the work (after a restart, another one) updates them.
 */
export class CycleCardRefresher {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly watches: CycleCardWatches,
    private readonly logger: Logger,
  ) {}

  /** Remembers the card this invoke came from, to update it when the cycle finishes. */
  async watch(cycleId: string, context: TurnContext): Promise<void> {
    const activityId = context.activity.replyToId;
    if (!activityId) return;
    const reference = TurnContext.getConversationReference(context.activity) as Record<string, unknown>;
    await this.watches.watch(cycleId, { reference, activityId });
  }

  /** Forgets the cards watched for a cycle (when the invoke answered with the final state itself). */
  unwatch(cycleId: string): Promise<void> {
    return this.watches.unwatch(cycleId);
  }

  /** Replaces every card watched for this cycle with its final state. */
  async cycleFinished(cycle: CycleWithMeetings, cardFor: FinishedCycleCard): Promise<void> {
    const list = await this.watches.take(cycle.id);
    if (list.length === 0) return;
    const card = await cardFor(cycle);
    for (const { reference, activityId } of list) {
      try {
        const conversation = reference as Partial<ConversationReference>;
        await this.adapter.continueConversationAsync(this.botAppId, conversation, async (context) => {
          await context.updateActivity({
            type: 'message',
            id: activityId,
            attachments: [CardFactory.adaptiveCard(card)],
          });
        });
      } catch (err) {
        this.logger.warn({ err, cycleId: cycle.id }, 'could not update the planning card');
      }
    }
  }
}
