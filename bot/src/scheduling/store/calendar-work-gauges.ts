import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { gauge } from '../../platform/telemetry/metrics';

/**
 * Calendar work the IT team watches: meetings still waiting to reach calendars, and how long the oldest has waited
 * (the alert "meetings are not being created" fires when it passes 15 minutes).
 */
export function registerCalendarWorkGauges(db: Kysely<Database>, now: () => number): void {
  const waiting = () =>
    db
      .selectFrom('meetings')
      .where('status', 'in', ['planned', 'creating'])
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('updated_at').as('oldest')])
      .executeTakeFirstOrThrow();
  gauge('cos.meetings.waiting', 'Meetings not yet in calendars (planned or being created)', '{meeting}', async () =>
    Number((await waiting()).n),
  );
  gauge(
    'cos.meetings.oldest_waiting_age',
    'How long the oldest meeting has waited to reach calendars',
    's',
    async () => {
      const { oldest } = await waiting();
      return oldest ? Math.max(0, Math.round((now() - new Date(oldest).getTime()) / 1000)) : 0;
    },
  );
}
