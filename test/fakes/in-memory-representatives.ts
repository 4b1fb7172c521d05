import type { DirectoryPort } from '../../bot/src/directory/app/ports';
import type { RegistrationCommand, RepresentativesStore, SchoolRepresentative } from '../../bot/src/funding/app/ports';

/** The representatives store in memory: one representative per school, every registration kept with its notices. */
export class InMemoryRepresentatives implements RepresentativesStore {
  readonly registrations: RegistrationCommand[] = [];
  private readonly current = new Map<string, SchoolRepresentative>();

  constructor(private readonly directory: DirectoryPort) {}

  async representativeOf(schoolId: string): Promise<SchoolRepresentative | undefined> {
    return this.current.get(schoolId);
  }

  async representativesOf(): Promise<never> {
    throw new Error('InMemoryRepresentatives.representativesOf is not needed by these tests');
  }

  async register(command: RegistrationCommand): Promise<void> {
    const person = await this.directory.findById(command.personId);
    if (!person) throw new Error(`no person ${command.personId}`);
    this.registrations.push(command);
    this.current.set(command.school.id, {
      personId: person.id,
      displayName: person.displayName,
      email: person.email,
      registration: {
        headteacherName: command.headteacherName,
        confirmedAtMs: command.atMs,
        registeredBy: command.registeredBy,
      },
    });
  }
}
