import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import type { DirectoryPort } from '../app/ports';
import type { Person, RoleAssignment } from '../domain/person';

/** Reads people and their roles from the database. */
export class DirectoryRepository implements DirectoryPort {
  constructor(private readonly db: Kysely<Database>) {}

  async findByEntraId(tenantId: string | undefined, aadObjectId: string): Promise<Person | undefined> {
    const found = await this.load((q) => {
      const byId = q.where('aad_object_id', '=', aadObjectId);
      return tenantId === undefined
        ? byId
        : byId.where((eb) => eb.or([eb('tenant_id', '=', tenantId), eb('tenant_id', 'is', null)]));
    });
    return found[0];
  }

  async bindEntraId(personId: string, tenantId: string | undefined, aadObjectId: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const bound = await trx
        .updateTable('people')
        .set({ aad_object_id: aadObjectId, ...(tenantId ? { tenant_id: tenantId } : {}) })
        .where('id', '=', personId)
        .where('aad_object_id', 'is', null)
        .executeTakeFirst();
      if (Number(bound.numUpdatedRows) === 0) return false;
      await writeAudit(trx, {
        actorPersonId: personId,
        action: 'person.identity-bound',
        entityType: 'person',
        entityId: personId,
        after: { tenantId: tenantId ?? null, aadObjectId },
      });
      return true;
    });
  }

  async findByEmail(email: string): Promise<Person | undefined> {
    return (await this.load((q) => q.where('email', '=', email.trim().toLowerCase())))[0];
  }

  async findById(id: string): Promise<Person | undefined> {
    return (await this.load((q) => q.where('id', '=', id)))[0];
  }

  async listPeople(): Promise<Person[]> {
    return this.load((q) => q);
  }

  async chairsOf(communityId: string): Promise<Person[]> {
    const chairs = this.db
      .selectFrom('roles')
      .select('person_id')
      .where('role', '=', 'chair')
      .where('community_id', '=', communityId);
    return this.load((q) => q.where('id', 'in', chairs));
  }

  async isStaffOf(personId: string, schoolId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('school_staff')
      .select('person_id')
      .where('person_id', '=', personId)
      .where('school_id', '=', schoolId)
      .executeTakeFirst();
    return row !== undefined;
  }

  private async load(
    filter: (q: ReturnType<DirectoryRepository['peopleQuery']>) => ReturnType<DirectoryRepository['peopleQuery']>,
  ): Promise<Person[]> {
    const people = await filter(this.peopleQuery()).orderBy('display_name').orderBy('email').execute();
    if (people.length === 0) return [];
    const roles = await this.db
      .selectFrom('roles')
      .leftJoin('communities', 'communities.id', 'roles.community_id')
      .leftJoin('schools', 'schools.id', 'roles.school_id')
      .select([
        'roles.person_id',
        'roles.role',
        'roles.community_id',
        'communities.name as community_name',
        'roles.school_id',
        'schools.name as school_name',
      ])
      .where(
        'roles.person_id',
        'in',
        people.map((p) => p.id),
      )
      .orderBy('roles.id')
      .execute();
    const rolesByPerson = new Map<string, RoleAssignment[]>();
    for (const r of roles) {
      const list = rolesByPerson.get(r.person_id) ?? [];
      list.push({
        role: r.role,
        ...(r.community_id ? { communityId: r.community_id, communityName: r.community_name ?? undefined } : {}),
        ...(r.school_id ? { schoolId: r.school_id, schoolName: r.school_name ?? undefined } : {}),
      });
      rolesByPerson.set(r.person_id, list);
    }
    return people.map((p) => ({
      id: p.id,
      email: p.email,
      displayName: p.display_name,
      aadObjectId: p.aad_object_id,
      jobTitle: p.job_title,
      roles: rolesByPerson.get(p.id) ?? [],
    }));
  }

  private peopleQuery() {
    return this.db.selectFrom('people').select(['id', 'email', 'display_name', 'aad_object_id', 'job_title']);
  }
}
