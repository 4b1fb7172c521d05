import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { DirectoryPort } from '../app/ports';
import type { Person, RoleAssignment } from '../domain/person';

/** Reads people and their roles from the database. */
export class DirectoryRepository implements DirectoryPort {
  constructor(private readonly db: Kysely<Database>) {}

  async findByAadObjectId(aadObjectId: string): Promise<Person | undefined> {
    return (await this.load((q) => q.where('aad_object_id', '=', aadObjectId)))[0];
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
