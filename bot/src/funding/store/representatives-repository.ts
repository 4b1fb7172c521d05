import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { RegistrationCommand, RepresentativesStore, SchoolRepresentative } from '../app/ports';
import { communitySchools } from './community-schools';
import { enqueueNotification } from './funding-outbox';

/** Schools' representatives (the roles table) and their registration history. */
export class RepresentativesRepository implements RepresentativesStore {
  constructor(private readonly db: Kysely<Database>) {}

  async representativeOf(schoolId: string): Promise<SchoolRepresentative | undefined> {
    return (await this.load([schoolId])).get(schoolId);
  }

  async representativesOf(
    communityId: string,
  ): Promise<{ schoolId: string; schoolName: string; representative: SchoolRepresentative | null }[]> {
    const schools = await communitySchools(this.db, communityId);
    const representatives = await this.load(schools.map((s) => s.id));
    return schools.map((s) => ({
      schoolId: s.id,
      schoolName: s.name,
      representative: representatives.get(s.id) ?? null,
    }));
  }

  async register(command: RegistrationCommand): Promise<void> {
    const { school } = command;
    await this.db.transaction().execute(async (tx) => {
      await tx.selectFrom('schools').select('id').where('id', '=', school.id).forUpdate().execute();
      const current = await tx
        .selectFrom('roles')
        .select(['id', 'person_id'])
        .where('school_id', '=', school.id)
        .where('role', '=', 'representative')
        .executeTakeFirst();
      if ((current?.person_id ?? null) !== command.replacing) {
        throw new UserFacingError(
          'conflict',
          `${school.name}'s representative changed while you were registering. Look again and confirm.`,
        );
      }
      const at = new Date(command.atMs);
      const previous = await tx
        .selectFrom('representative_registrations')
        .selectAll()
        .where('school_id', '=', school.id)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      const replaced = current && current.person_id !== command.personId ? current : undefined;
      if (previous) {
        await tx
          .updateTable('representative_registrations')
          .set({ ended_at: at, ended_reason: previous.person_id === command.personId ? 'reconfirmed' : 'replaced' })
          .where('id', '=', previous.id)
          .execute();
      }
      if (replaced) await tx.deleteFrom('roles').where('id', '=', replaced.id).execute();
      if (!current || replaced) {
        await tx
          .insertInto('roles')
          .values({
            person_id: command.personId,
            role: 'representative',
            community_id: school.communityId,
            school_id: school.id,
          })
          .execute();
      }
      const registration = {
        id: command.registrationId,
        school_id: school.id,
        person_id: command.personId,
        headteacher_name: command.headteacherName,
        delegated_authority_confirmed: true,
        registered_by: command.registeredBy,
        started_at: at,
      };
      await tx.insertInto('representative_registrations').values(registration).execute();
      await writeAudit(tx, {
        actorPersonId: command.registeredBy,
        action: replaced
          ? 'representative.replaced'
          : current
            ? 'representative.reconfirmed'
            : 'representative.registered',
        entityType: 'school',
        entityId: school.id,
        before: { representative: current?.person_id ?? null, registration: previous?.id ?? null },
        after: { representative: command.personId, registration },
      });
      for (const notification of command.notifications) await enqueueNotification(tx, notification);
    });
  }

  private async load(schoolIds: string[]): Promise<Map<string, SchoolRepresentative>> {
    if (schoolIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('roles')
      .innerJoin('people', 'people.id', 'roles.person_id')
      .leftJoin('representative_registrations as reg', (join) =>
        join
          .onRef('reg.school_id', '=', 'roles.school_id')
          .onRef('reg.person_id', '=', 'roles.person_id')
          .on('reg.ended_at', 'is', null),
      )
      .select([
        'roles.school_id',
        'people.id',
        'people.display_name',
        'people.email',
        'reg.headteacher_name',
        'reg.started_at',
        'reg.registered_by',
      ])
      .where('roles.role', '=', 'representative')
      .where('roles.school_id', 'in', schoolIds)
      .execute();
    return new Map(
      rows.map((r) => [
        r.school_id as string,
        {
          personId: r.id,
          displayName: r.display_name,
          email: r.email,
          registration:
            r.headteacher_name && r.started_at && r.registered_by
              ? {
                  headteacherName: r.headteacher_name,
                  confirmedAtMs: r.started_at.getTime(),
                  registeredBy: r.registered_by,
                }
              : null,
        },
      ]),
    );
  }
}
