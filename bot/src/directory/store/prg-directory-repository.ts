import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { CommunitySummary, PrgDirectoryPort, PrgPractitioner, PrgService } from '../app/ports';

/** Reads PRG services, practitioners and communities. */
export class PrgDirectoryRepository implements PrgDirectoryPort {
  constructor(private readonly db: Kysely<Database>) {}

  async services(): Promise<PrgService[]> {
    return this.db
      .selectFrom('prg_services')
      .select(['id', 'name', 'description', 'needs', 'email', 'phone'])
      .orderBy('name')
      .execute();
  }

  async practitioners(): Promise<PrgPractitioner[]> {
    const rows = await this.db
      .selectFrom('practitioners')
      .innerJoin('people', 'people.id', 'practitioners.person_id')
      .select([
        'people.id',
        'people.display_name',
        'people.job_title',
        'people.email',
        'people.phone',
        'practitioners.service_id',
      ])
      .orderBy('people.display_name')
      .execute();
    const links = await this.db
      .selectFrom('roles')
      .innerJoin('communities', 'communities.id', 'roles.community_id')
      .select(['roles.person_id', 'communities.id', 'communities.name'])
      .where('roles.role', '=', 'practitioner')
      .orderBy('communities.name')
      .execute();
    return rows.map((r) => ({
      personId: r.id,
      name: r.display_name,
      jobTitle: r.job_title,
      email: r.email,
      phone: r.phone,
      serviceId: r.service_id,
      communities: links.filter((l) => l.person_id === r.id).map((l) => ({ id: l.id, name: l.name })),
    }));
  }

  async communities(): Promise<CommunitySummary[]> {
    return this.db
      .selectFrom('communities')
      .innerJoin('districts', 'districts.id', 'communities.district_id')
      .innerJoin('areas', 'areas.id', 'districts.area_id')
      .select([
        'communities.id',
        'communities.name',
        'districts.name as districtName',
        'areas.id as areaId',
        'areas.name as areaName',
      ])
      .orderBy('communities.name')
      .execute();
  }
}
