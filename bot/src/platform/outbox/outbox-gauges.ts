import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { gauge } from '../telemetry/metrics';

/**
 * The outbox's health for the IT team: how many notifications wait, and how long the oldest has waited (the alert
 * "people are not being told" fires on its age).
 */
export function registerOutboxGauges(db: Kysely<Database>, now: () => number): void {
  const pending = () =>
    db
      .selectFrom('outbox')
      .where('status', '=', 'pending')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('created_at').as('oldest')])
      .executeTakeFirstOrThrow();
  gauge('cos.outbox.pending', 'Notifications waiting to be delivered', '{message}', async () =>
    Number((await pending()).n),
  );
  gauge('cos.outbox.oldest_pending_age', 'How long the oldest waiting notification has waited', 's', async () => {
    const { oldest } = await pending();
    return oldest ? Math.max(0, Math.round((now() - new Date(oldest).getTime()) / 1000)) : 0;
  });
}
