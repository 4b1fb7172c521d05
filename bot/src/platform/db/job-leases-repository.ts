import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { JobLeases } from '../jobs/job-leases';
import type { Database } from './schema';

/** Job leases in the `job_leases` table; `holder` names this instance. */
export class DatabaseJobLeases implements JobLeases {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly holder: string = randomUUID(),
  ) {}

  async claim(name: string, ttlMs: number): Promise<boolean> {
    const until = sql<Date>`now() + make_interval(secs => ${ttlMs / 1000})`;
    const row = await this.db
      .insertInto('job_leases')
      .values({ name, holder: this.holder, leased_until: until })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ holder: this.holder, leased_until: until })
          .where((eb) =>
            eb.or([eb('job_leases.leased_until', '<', sql<Date>`now()`), eb('job_leases.holder', '=', this.holder)]),
          ),
      )
      .returning('holder')
      .executeTakeFirst();
    return row?.holder === this.holder;
  }

  async release(name: string): Promise<void> {
    await this.db
      .updateTable('job_leases')
      .set({ leased_until: sql<Date>`now()` })
      .where('name', '=', name)
      .where('holder', '=', this.holder)
      .execute();
  }
}
