import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { ReachablePerson, RecipientsPort } from '../../platform/outbox/reach/reach-ports';

/** The directory's answer to "who is this notification for": name, email and, once they signed in, Entra ids. */
export class RecipientsRepository implements RecipientsPort {
  constructor(private readonly db: Kysely<Database>) {}

  async find(personId: string): Promise<ReachablePerson | undefined> {
    const row = await this.db
      .selectFrom('people')
      .select(['id', 'display_name', 'email', 'tenant_id', 'aad_object_id'])
      .where('id', '=', personId)
      .executeTakeFirst();
    return (
      row && {
        personId: row.id,
        displayName: row.display_name,
        email: row.email,
        tenantId: row.tenant_id,
        aadObjectId: row.aad_object_id,
      }
    );
  }
}
