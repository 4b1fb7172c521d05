import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { CycleCardWatches, WatchedCard } from '../app/ports';

/** Watched planning cards in PostgreSQL, so a restart between *Create meetings* and the end of the work loses none. */
export class CycleCardWatchesRepository implements CycleCardWatches {
  constructor(private readonly db: Kysely<Database>) {}

  async watch(cycleId: string, card: WatchedCard): Promise<void> {
    await this.db
      .insertInto('cycle_card_watches')
      .values({
        cycle_id: cycleId,
        activity_id: card.activityId,
        conversation_reference: JSON.stringify(card.reference),
      })
      .onConflict((oc) => oc.columns(['cycle_id', 'activity_id']).doNothing())
      .execute();
  }

  async unwatch(cycleId: string): Promise<void> {
    await this.db.deleteFrom('cycle_card_watches').where('cycle_id', '=', cycleId).execute();
  }

  async take(cycleId: string): Promise<WatchedCard[]> {
    const rows = await this.db
      .deleteFrom('cycle_card_watches')
      .where('cycle_id', '=', cycleId)
      .returning(['activity_id', 'conversation_reference'])
      .execute();
    return rows.map((r) => ({ activityId: r.activity_id, reference: r.conversation_reference }));
  }
}
