import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';

/** The schools of a community (id and name), by name. */
export function communitySchools(db: Kysely<Database>, communityId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('schools')
    .select(['id', 'name'])
    .where('community_id', '=', communityId)
    .orderBy('name')
    .execute();
}
