import { CardFactory, type CloudAdapter, type ConversationReference, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import type { Logger } from '../../platform/logging/logger';
import type { CycleWithMeetings } from '../app/ports';

/** Builds the card that replaces a watched card once its cycle finishes. */
export type FinishedCycleCard = (cycle: CycleWithMeetings) => Promise<AdaptiveCard>;

/** Updates the chair's "creating…" card in place when the calendar work behind it finishes. */
export class CycleCardRefresher {
  private readonly watched = new Map<string, { reference: Partial<ConversationReference>; activityId: string }[]>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly logger: Logger,
  ) {}

  /** Remembers the card this invoke came from, to update it when the cycle finishes. */
  watch(cycleId: string, context: TurnContext): void {
    const activityId = context.activity.replyToId;
    if (!activityId) return;
    const list = this.watched.get(cycleId) ?? [];
    list.push({ reference: TurnContext.getConversationReference(context.activity), activityId });
    this.watched.set(cycleId, list);
  }

  /** Forgets the cards watched for a cycle (when the invoke answered with the final state itself). */
  unwatch(cycleId: string): void {
    this.watched.delete(cycleId);
  }

  /** Replaces every card watched for this cycle with its final state. */
  async cycleFinished(cycle: CycleWithMeetings, cardFor: FinishedCycleCard): Promise<void> {
    const list = this.watched.get(cycle.id) ?? [];
    this.watched.delete(cycle.id);
    if (list.length === 0) return;
    const card = await cardFor(cycle);
    for (const { reference, activityId } of list) {
      try {
        await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
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
