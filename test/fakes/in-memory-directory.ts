import type { DirectoryPort } from '../../bot/src/directory/app/ports';
import type { Person } from '../../bot/src/directory/domain/person';

/** The directory port in memory: people, and who works at which school; for use-case tests without a database. */
export class InMemoryDirectory implements DirectoryPort {
  private readonly people = new Map<string, Person>();
  private readonly staff = new Set<string>();

  constructor(people: Person[] = []) {
    for (const person of people) this.people.set(person.id, person);
  }

  /** Lists a person among a school's staff. */
  addStaff(personId: string, schoolId: string): this {
    this.staff.add(`${personId}|${schoolId}`);
    return this;
  }

  async findByEntraId(_tenantId: string | undefined, aadObjectId: string): Promise<Person | undefined> {
    return [...this.people.values()].find((p) => p.aadObjectId === aadObjectId);
  }

  async bindEntraId(personId: string, _tenantId: string | undefined, aadObjectId: string): Promise<boolean> {
    const person = this.people.get(personId);
    if (!person || person.aadObjectId) return false;
    this.people.set(personId, { ...person, aadObjectId });
    return true;
  }

  async findByEmail(email: string): Promise<Person | undefined> {
    return [...this.people.values()].find((p) => p.email.toLowerCase() === email.toLowerCase());
  }

  async findById(id: string): Promise<Person | undefined> {
    return this.people.get(id);
  }

  async listPeople(): Promise<Person[]> {
    return [...this.people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  async chairsOf(communityId: string): Promise<Person[]> {
    return [...this.people.values()].filter((p) =>
      p.roles.some((r) => r.role === 'chair' && r.communityId === communityId),
    );
  }

  async isStaffOf(personId: string, schoolId: string): Promise<boolean> {
    return this.staff.has(`${personId}|${schoolId}`);
  }
}
