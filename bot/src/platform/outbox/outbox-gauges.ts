import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ageInSeconds, gauges } from '../telemetry/metrics';

/**
 * The outbox's health for the IT team: how many notifications wait, and how long the oldest has waited (the alert
 * "people are not being told" fires on its age); one query per collection.
 */
export function registerOutboxGauges(db: Kysely<Database>, now: () => number): void {
  gauges(
    {
      'cos.outbox.pending': { description: 'Notifications waiting to be delivered', unit: '{message}' },
      'cos.outbox.oldest_pending_age': {
        description: 'How long the oldest waiting notification has waited',
        unit: 's',
      },
    },
    async () => {
      const { n, oldest } = await db
        .selectFrom('outbox')
        .where('status', '=', 'pending')
        .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('created_at').as('oldest')])
        .executeTakeFirstOrThrow();
      return { 'cos.outbox.pending': Number(n), 'cos.outbox.oldest_pending_age': ageInSeconds(oldest, now()) };
    },
  );
}
