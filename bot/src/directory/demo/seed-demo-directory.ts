import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { insertInBatches } from '../../platform/demo/insert-in-batches';
import { DEMO_TENANT_ID, type DemoDirectory } from './demo-directory';

/** Rows per insert statement: small enough for PostgreSQL's limit of bind parameters at every table's width. */
const BATCH = 400;

/**
 * Stores demo communities, their schools and people with their roles, staff lists and services (the areas, districts
 * and PRG services they refer to must be there already); never overwrites a row.
 */
export async function seedDemoDirectory(
  tx: Transaction<Database>,
  directory: Pick<DemoDirectory, 'communities' | 'schools' | 'people'>,
): Promise<void> {
  await insertInBatches(
    tx,
    'communities',
    directory.communities.map((c) => ({
      id: c.id,
      name: c.name,
      district_id: c.districtId,
      organizer_mailbox: c.organizerMailbox,
      preferred_weekdays: JSON.stringify(c.preferredWeekdays),
    })),
    BATCH,
  );
  await insertInBatches(
    tx,
    'schools',
    directory.schools.map((s) => ({ id: s.id, urn: s.urn, name: s.name, phase: s.phase, community_id: s.communityId })),
    BATCH,
  );
  await insertInBatches(
    tx,
    'people',
    directory.people.map((p) => ({
      id: p.id,
      tenant_id: DEMO_TENANT_ID,
      aad_object_id: p.aadObjectId,
      email: p.email,
      display_name: p.displayName,
      job_title: p.jobTitle,
      phone: p.phone,
    })),
    BATCH,
  );
  await insertInBatches(
    tx,
    'school_staff',
    directory.people.flatMap((p) => (p.staffOf ? [{ person_id: p.id, school_id: p.staffOf }] : [])),
    BATCH,
  );
  await insertInBatches(
    tx,
    'practitioners',
    directory.people.flatMap((p) => (p.serviceId ? [{ person_id: p.id, service_id: p.serviceId }] : [])),
    BATCH,
  );
  await insertInBatches(
    tx,
    'roles',
    directory.people.flatMap((p) =>
      p.roles.map((r) => ({
        person_id: p.id,
        role: r.role,
        community_id: r.communityId ?? null,
        school_id: r.schoolId ?? null,
      })),
    ),
    BATCH,
  );
}
