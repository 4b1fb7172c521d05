import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { type AudienceFacts, HEADTEACHER_TITLES } from '../domain/event-audience';
import type { EventAudience, KentEvent } from '../domain/kent-event';

/** The people in an event's audience (the query form of `isInAudience`). */
export function audienceQuery(db: Kysely<Database>, event: Pick<KentEvent, 'audience' | 'areaIds'>) {
  const audience: EventAudience = event.audience;
  let query = db
    .selectFrom('roles')
    .innerJoin('people', 'people.id', 'roles.person_id')
    .leftJoin('communities', 'communities.id', 'roles.community_id')
    .leftJoin('districts', 'districts.id', 'communities.district_id')
    .select('roles.person_id')
    .distinct();
  if (audience === 'chairs') query = query.where('roles.role', '=', 'chair');
  if (audience === 'representatives') query = query.where('roles.role', '=', 'representative');
  if (audience === 'headteachers') query = query.where(sql<boolean>`people.job_title ~* ${HEADTEACHER_TITLES}`);
  if (event.areaIds.length > 0) {
    query = query.where((eb) =>
      eb.or([eb('districts.area_id', 'in', event.areaIds), eb('roles.role', '=', 'officer')]),
    );
  }
  return query;
}

/** A person's job title and roles with their areas (the facts `isInAudience` reads; officers' roles have no area). */
export async function audienceFacts(db: Kysely<Database>, personId: string): Promise<AudienceFacts> {
  const [person, roles] = await Promise.all([
    db.selectFrom('people').select('job_title').where('id', '=', personId).executeTakeFirst(),
    db
      .selectFrom('roles')
      .leftJoin('communities', 'communities.id', 'roles.community_id')
      .leftJoin('districts', 'districts.id', 'communities.district_id')
      .select(['roles.role', 'districts.area_id'])
      .where('roles.person_id', '=', personId)
      .execute(),
  ]);
  return { jobTitle: person?.job_title ?? null, roles: roles.map((r) => ({ role: r.role, areaId: r.area_id })) };
}
