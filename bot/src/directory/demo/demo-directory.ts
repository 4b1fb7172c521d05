import kentCalendar from '../../platform/demo/kent-calendar.json';
import { SeededRandom } from '../../platform/demo/seeded-random';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import type { RoleKind } from '../domain/person';
import { demoNames } from './demo-names';
import { prgServices } from './prg-services';

/** The tenant id every demo person belongs to. */
export const DEMO_TENANT_ID = '00000000-0000-4000-8000-00000000d3e0';

/** Marks a database as holding demo data; shown to users so nobody mistakes it for real records. */
export const DEMO_MARKER = 'Demo data: invented schools and people (emails end in .demo.example)';

/** A person in the demo directory with their roles. */
export interface DemoPerson {
  id: string;
  aadObjectId: string;
  email: string;
  displayName: string;
  jobTitle: string;
  phone: string;
  roles: { role: RoleKind; communityId?: string; schoolId?: string }[];
  serviceId?: string;
  /** The school this person works at, for staff of schools (SENCos, headteachers). */
  staffOf?: string;
}

/** Everything the demo loads: Kent's real areas and districts, invented communities, schools and people. */
export interface DemoDirectory {
  areas: { id: string; name: string }[];
  districts: { id: string; areaId: string; name: string }[];
  communities: {
    id: string;
    name: string;
    districtId: string;
    organizerMailbox: string;
    preferredWeekdays: number[];
  }[];
  schools: { id: string; urn: string; name: string; phase: 'primary' | 'secondary'; communityId: string }[];
  people: DemoPerson[];
}

const COMMUNITY_COUNT = 53;

/** Builds the demo directory; deterministic, so every machine gets the same people and ids. */
export function buildDemoDirectory(): DemoDirectory {
  const random = new SeededRandom(20250901);
  const areas = Object.keys(kentCalendar.areas).map((name) => ({ id: slug(name), name }));
  const districts = Object.entries(kentCalendar.areas).flatMap(([area, names]) =>
    names.map((name) => ({ id: slug(name), areaId: slug(area), name })),
  );
  const communities = buildCommunities(districts, random);
  const schools = buildSchools(communities, random);
  const people = new PeopleBuilder(random);

  for (const school of schools) {
    const senco = people.add('SENCo', school.domain, {
      role: 'representative',
      communityId: school.communityId,
      schoolId: school.id,
    });
    senco.staffOf = school.id;
  }
  // The chair of the first community also chairs the next one in the same district: a chair of two communities.
  const twin = communities.find((c, i) => i > 0 && c.districtId === communities[0]?.districtId);
  for (const community of communities) {
    if (community === twin) {
      people.addRole(people.chairOf(communities[0]?.id), { role: 'chair', communityId: community.id });
      continue;
    }
    const school = schools.find((s) => s.communityId === community.id);
    const chair = people.add('Headteacher and Community Chair', school?.domain ?? 'kent.demo.example', {
      role: 'chair',
      communityId: community.id,
    });
    chair.staffOf = school?.id;
  }
  // SEN Inclusion Advisers and link practitioners each serve communities of one area, as KCC organises them.
  const byArea = areas.map((area) =>
    communities.filter((c) => districts.find((d) => d.id === c.districtId)?.areaId === area.id),
  );
  byArea
    .flatMap((inArea) => chunk(inArea, 5))
    .forEach((served) => {
      const adviser = people.add('SEN Inclusion Adviser', 'kent.demo.example');
      for (const c of served) people.addRole(adviser, { role: 'senInclusionAdviser', communityId: c.id });
    });
  for (const service of prgServices) {
    byArea
      .flatMap((inArea) => chunk(inArea, service.communitiesPerPractitioner))
      .forEach((served) => {
        const practitioner = people.add(service.practitionerTitle, service.emailDomain);
        practitioner.serviceId = service.id;
        for (const c of served) people.addRole(practitioner, { role: 'practitioner', communityId: c.id });
      });
  }
  for (const title of ['Locality Model Lead', 'Inclusion Officer', 'Schools Funding Officer', 'Inclusion Officer']) {
    people.add(title, 'kent.demo.example', { role: 'officer' });
  }

  return {
    areas,
    districts,
    communities: communities.map(({ id, name, districtId, organizerMailbox, preferredWeekdays }) => ({
      id,
      name,
      districtId,
      organizerMailbox,
      preferredWeekdays,
    })),
    schools: schools.map(({ id, urn, name, phase, communityId }) => ({ id, urn, name, phase, communityId })),
    people: people.all,
  };
}

function buildCommunities(districts: { id: string; name: string }[], random: SeededRandom) {
  return Array.from({ length: COMMUNITY_COUNT }, (_, index) => {
    const district = districts[index % districts.length] as { id: string; name: string };
    const round = Math.floor(index / districts.length);
    const name = `${district.name} ${demoNames.communityQualifiers[round]} Community of Schools`;
    const id = slug(`${district.name} ${demoNames.communityQualifiers[round]}`);
    return {
      id,
      name,
      districtId: district.id,
      organizerMailbox: `cos-${id}@kent.demo.example`,
      preferredWeekdays: [random.integer(2, 4)],
    };
  });
}

function buildSchools(communities: { id: string }[], random: SeededRandom) {
  const usedNames = new Set<string>();
  let urn = 990001;
  return communities.flatMap((community, index) => {
    const count = index === 0 ? 14 : random.integer(8, 12);
    return Array.from({ length: count }, (_, position) => {
      const phase: 'primary' | 'secondary' = position < (count > 11 ? 2 : 1) ? 'secondary' : 'primary';
      const kinds = phase === 'primary' ? demoNames.primaryKinds : demoNames.secondaryKinds;
      let name = '';
      do {
        name = `${random.pick(demoNames.placeStarts)}${random.pick(demoNames.placeEnds)} ${random.pick(kinds)}`;
      } while (usedNames.has(name));
      usedNames.add(name);
      const schoolUrn = String(urn++);
      return {
        id: `school-${schoolUrn}`,
        urn: schoolUrn,
        name,
        phase,
        communityId: community.id,
        domain: `${slug(name.split(' ')[0] ?? name)}-${schoolUrn}.demo.example`,
      };
    });
  });
}

class PeopleBuilder {
  readonly all: DemoPerson[] = [];
  /** Names already given: nobody shares a name, so two roles are never confused (an officer and a SENCo, say). */
  private readonly names = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  add(jobTitle: string, domain: string, role?: DemoPerson['roles'][number]): DemoPerson {
    let first = '';
    let last = '';
    let email = '';
    do {
      first = this.random.pick(demoNames.firstNames);
      last = this.random.pick(demoNames.lastNames);
    } while (this.names.has(`${first} ${last}`));
    this.names.add(`${first} ${last}`);
    email = `${first}.${last}@${domain}`.toLowerCase();
    const person: DemoPerson = {
      id: uuidV5(`person:${email}`),
      aadObjectId: uuidV5(`aad:${email}`),
      email,
      displayName: `${first} ${last}`,
      jobTitle,
      phone: `03000 ${String(this.random.integer(100000, 999999))}`,
      roles: role ? [role] : [],
    };
    this.all.push(person);
    return person;
  }

  addRole(person: DemoPerson | undefined, role: DemoPerson['roles'][number]): void {
    if (!person) throw new Error('Demo directory: role for a person who does not exist');
    person.roles.push(role);
  }

  chairOf(communityId: string | undefined): DemoPerson | undefined {
    return this.all.find((p) => p.roles.some((r) => r.role === 'chair' && r.communityId === communityId));
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');
}
