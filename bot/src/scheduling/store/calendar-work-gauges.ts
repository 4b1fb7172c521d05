import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { ageInSeconds, gauges } from '../../platform/telemetry/metrics';

/**
 * Calendar work the IT team watches: meetings still waiting to reach calendars, and how long the oldest has waited
 * (the alert "meetings are not being created" fires when it passes 15 minutes); one query per collection.
 */
export function registerCalendarWorkGauges(db: Kysely<Database>, now: () => number): void {
  gauges(
    {
      'cos.meetings.waiting': {
        description: 'Meetings not yet in calendars (planned or being created)',
        unit: '{meeting}',
      },
      'cos.meetings.oldest_waiting_age': {
        description: 'How long the oldest meeting has waited to reach calendars',
        unit: 's',
      },
    },
    async () => {
      const { n, oldest } = await db
        .selectFrom('meetings')
        .where('status', 'in', ['planned', 'creating'])
        .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('updated_at').as('oldest')])
        .executeTakeFirstOrThrow();
      return { 'cos.meetings.waiting': Number(n), 'cos.meetings.oldest_waiting_age': ageInSeconds(oldest, now()) };
    },
  );
}
