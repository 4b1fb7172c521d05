import { SeededRandom } from '../../platform/demo/seeded-random';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import type { DemoDirectory, DemoPerson } from './demo-directory';
import { demoNames } from './demo-names';
import { prgServices } from './prg-services';

/** How many communities and schools a scaled directory holds in all, the demo's included. */
export interface ScaleDirectoryTargets {
  communities: number;
  schools: number;
}

/** The communities, schools and people a scaled directory adds to the demo's (areas and districts stay Kent's). */
export type ScaleDirectory = Pick<DemoDirectory, 'communities' | 'schools' | 'people'>;

/** Fewest and most schools in a generated community, as in the demo (8 to 14). */
const SIZE = { min: 8, max: 14 } as const;

/**
 * Invented communities, schools and people that bring the demo directory up to the targets, built the way the demo
 * is: one SENCo representative per school, a headteacher chair per community, SEN Inclusion Advisers and link
 * practitioners each serving communities of one area. Deterministic; ids, URNs and emails never clash with the demo's.
 */
export function buildScaleDirectory(demo: DemoDirectory, targets: ScaleDirectoryTargets): ScaleDirectory {
  const extraCommunities = targets.communities - demo.communities.length;
  const extraSchools = targets.schools - demo.schools.length;
  if (extraCommunities < 0 || extraSchools < 0) {
    throw new Error(`A scaled directory cannot be smaller than the demo's (${demo.communities.length} communities)`);
  }
  if (extraSchools < extraCommunities * SIZE.min || extraSchools > extraCommunities * SIZE.max) {
    throw new Error(`${extraSchools} schools do not fit ${extraCommunities} communities of ${SIZE.min} to ${SIZE.max}`);
  }
  const random = new SeededRandom(20261203);
  const communities = scaleCommunities(demo, extraCommunities, random);
  const sizes = communitySizes(extraCommunities, extraSchools, random);
  const urns = { next: FIRST_URN };
  const schools = communities.flatMap((c, i) => scaleSchools(c.id, sizes[i] ?? 0, urns, random));
  const people = new ScalePeople(random, new Set(demo.people.map((p) => p.email)));
  for (const school of schools) {
    const domain = `${slug(school.name.split(' ')[0] ?? 'school')}-${school.urn}.demo.example`;
    people.add('SENCo', domain, school.id, {
      role: 'representative',
      communityId: school.communityId,
      schoolId: school.id,
    });
  }
  for (const community of communities) {
    const first = schools.find((s) => s.communityId === community.id);
    const domain = `${slug(first?.name.split(' ')[0] ?? 'school')}-${first?.urn}.demo.example`;
    people.add('Headteacher and Community Chair', domain, first?.id, { role: 'chair', communityId: community.id });
  }
  const areaOf = new Map(demo.districts.map((d) => [d.id, d.areaId]));
  const byArea = demo.areas.map((a) => communities.filter((c) => areaOf.get(c.districtId) === a.id));
  const serveInGroups = (size: number, title: string, domain: string, role: DemoPerson['roles'][number]['role']) =>
    byArea.flatMap((inArea) => groupsOf(inArea, size)).map((served) => people.serving(title, domain, role, served));
  serveInGroups(5, 'SEN Inclusion Adviser', 'kent.demo.example', 'senInclusionAdviser');
  for (const service of prgServices) {
    const serving = serveInGroups(
      service.communitiesPerPractitioner,
      service.practitionerTitle,
      service.emailDomain,
      'practitioner',
    );
    for (const practitioner of serving) practitioner.serviceId = service.id;
  }
  return { communities, schools, people: people.all };
}

function scaleCommunities(demo: DemoDirectory, count: number, random: SeededRandom): ScaleDirectory['communities'] {
  const names = new Set(demo.communities.map((c) => c.name));
  const ids = new Set(demo.communities.map((c) => c.id));
  return Array.from({ length: count }, (_, index) => {
    const district = demo.districts[(demo.communities.length + index) % demo.districts.length];
    if (!district) throw new Error('The demo directory has no districts');
    let name = '';
    do {
      name = `${district.name} ${random.pick(demoNames.placeStarts)}${random.pick(demoNames.placeEnds)} Community of Schools`;
    } while (names.has(name));
    names.add(name);
    const id = slug(name.replace(/ Community of Schools$/, ''));
    if (ids.has(id)) throw new Error(`Generated community id ${id} is taken`);
    ids.add(id);
    return {
      id,
      name,
      districtId: district.id,
      organizerMailbox: `cos-${id}@kent.demo.example`,
      preferredWeekdays: [random.integer(2, 4)],
    };
  });
}

/** A size per community, each within 8 to 14, adding up to exactly `schools`. */
function communitySizes(communities: number, schools: number, random: SeededRandom): number[] {
  const sizes = Array.from({ length: communities }, () => random.integer(SIZE.min + 1, SIZE.max - 2));
  let total = sizes.reduce((sum, n) => sum + n, 0);
  while (total !== schools) {
    const i = random.integer(0, communities - 1);
    const step = total < schools ? 1 : -1;
    const size = (sizes[i] ?? 0) + step;
    if (size < SIZE.min || size > SIZE.max) continue;
    sizes[i] = size;
    total += step;
  }
  return sizes;
}

/** URNs of generated schools start here, well below the demo's (990001 on). */
const FIRST_URN = 880001;

function scaleSchools(
  communityId: string,
  count: number,
  urns: { next: number },
  random: SeededRandom,
): ScaleDirectory['schools'] {
  const names = new Set<string>();
  return Array.from({ length: count }, (_, position) => {
    const phase: 'primary' | 'secondary' = position < (count > 11 ? 2 : 1) ? 'secondary' : 'primary';
    const kinds = phase === 'primary' ? demoNames.primaryKinds : demoNames.secondaryKinds;
    let name = '';
    do {
      name = `${random.pick(demoNames.placeStarts)}${random.pick(demoNames.placeEnds)} ${random.pick(kinds)}`;
    } while (names.has(name));
    names.add(name);
    const urn = String(urns.next++);
    return { id: `school-${urn}`, urn, name, phase, communityId };
  });
}

/** Invented people with unique emails (not the demo's); names may repeat, as they do among 6,000 real staff. */
class ScalePeople {
  readonly all: DemoPerson[] = [];

  constructor(
    private readonly random: SeededRandom,
    private readonly emails: Set<string>,
  ) {}

  add(jobTitle: string, domain: string, staffOf: string | undefined, role?: DemoPerson['roles'][number]): DemoPerson {
    let first = '';
    let last = '';
    let email = '';
    // A name already used at this domain is drawn again; after a few tries (a big shared domain) it gets a number.
    for (let tries = 0; email === '' || this.emails.has(email); tries++) {
      first = this.random.pick(demoNames.firstNames);
      last = this.random.pick(demoNames.lastNames);
      email = `${first}.${last}${tries < 10 ? '' : tries}@${domain}`.toLowerCase();
    }
    this.emails.add(email);
    const person: DemoPerson = {
      id: uuidV5(`person:${email}`),
      aadObjectId: uuidV5(`aad:${email}`),
      email,
      displayName: `${first} ${last}`,
      jobTitle,
      phone: `03000 ${String(this.random.integer(100000, 999999))}`,
      roles: role ? [role] : [],
      ...(staffOf ? { staffOf } : {}),
    };
    this.all.push(person);
    return person;
  }

  serving(
    title: string,
    domain: string,
    role: DemoPerson['roles'][number]['role'],
    communities: { id: string }[],
  ): DemoPerson {
    const person = this.add(title, domain, undefined);
    for (const c of communities) person.roles.push({ role, communityId: c.id });
    return person;
  }
}

function groupsOf<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');
}
