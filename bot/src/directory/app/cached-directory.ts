import { VersionedCache, type VersionSource } from '../../platform/cache/versioned-cache';
import type { Person } from '../domain/person';
import type { DirectoryPort } from './ports';

/** More people than Kent's directory holds, strangers included: the cache never grows past this. */
const PEOPLE_KEPT = 20_000;

/**
 * The directory with the people looked up by every bot turn and API request kept in memory. Each lookup first asks
 * for the directory's current version, and a kept person is used only while it is the version they were loaded
 * under, so a role removed on any instance is refused on the next lookup.
 */
export class CachedDirectory implements DirectoryPort {
  private readonly people: VersionedCache<Person | undefined>;

  constructor(
    private readonly source: DirectoryPort,
    version: VersionSource,
  ) {
    this.people = new VersionedCache(version, PEOPLE_KEPT);
  }

  findByEntraId(tenantId: string | undefined, aadObjectId: string): Promise<Person | undefined> {
    const key = `entra:${tenantId ?? ''}:${aadObjectId}`;
    return this.kept(key, () => this.source.findByEntraId(tenantId, aadObjectId));
  }

  bindEntraId(personId: string, tenantId: string | undefined, aadObjectId: string): Promise<boolean> {
    return this.source.bindEntraId(personId, tenantId, aadObjectId);
  }

  findByEmail(email: string): Promise<Person | undefined> {
    return this.kept(`email:${email.trim().toLowerCase()}`, () => this.source.findByEmail(email));
  }

  findById(id: string): Promise<Person | undefined> {
    return this.kept(`id:${id}`, () => this.source.findById(id));
  }

  listPeople(): Promise<Person[]> {
    return this.source.listPeople();
  }

  chairsOf(communityId: string): Promise<Person[]> {
    return this.source.chairsOf(communityId);
  }

  isStaffOf(personId: string, schoolId: string): Promise<boolean> {
    return this.source.isStaffOf(personId, schoolId);
  }

  /** Callers get their own copy: one who changed a kept person would change it for every later request. */
  private async kept(key: string, load: () => Promise<Person | undefined>): Promise<Person | undefined> {
    const person = await this.people.get(key, load);
    // A person is text and a list of flat roles, so this copies all of it, at a tenth of structuredClone's cost.
    return person && { ...person, roles: person.roles.map((role) => ({ ...role })) };
  }
}
