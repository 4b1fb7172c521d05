import { InMemoryDirectory } from '../../../../test/fakes/in-memory-directory';
import { InMemoryRepresentatives } from '../../../../test/fakes/in-memory-representatives';
import type { Person, RoleKind } from '../../directory';
import type { FundingPorts, SchoolForFunding } from './ports';
import { registerRepresentative } from './register-representative';

const school: SchoolForFunding = {
  id: 'oakfield',
  name: 'Oakfield Primary',
  communityId: 'dover-east',
  communityName: 'Dover East',
};
const confirmation = { confirmDelegatedAuthority: true as const, headteacherName: 'Ms R. Head' };

const person = (id: string, role?: RoleKind, where: { communityId?: string; schoolId?: string } = {}): Person => ({
  id,
  email: `${id}@school.demo.example`,
  displayName: id.replace(/^./, (c) => c.toUpperCase()),
  aadObjectId: null,
  jobTitle: null,
  roles: role ? [{ role, communityName: 'Dover East', ...where }] : [],
});

const senco = person('senco', 'representative', { communityId: 'dover-east', schoolId: 'oakfield' });
const deputy = person('deputy');
const outsider = person('outsider', 'representative', { communityId: 'dover-west', schoolId: 'elmstead' });
const chair = person('chair', 'chair', { communityId: 'dover-east' });
const otherChair = person('otherchair', 'chair', { communityId: 'dover-west' });
const officer = person('officer', 'officer');

/** The funding ports with the directory and representatives in memory; other stores are not used by registration. */
function portsWith(directory: InMemoryDirectory, representatives: InMemoryRepresentatives): FundingPorts {
  const unused = new Proxy({}, { get: (_t, name) => () => Promise.reject(new Error(`${String(name)} is not used`)) });
  let next = 0;
  return {
    requests: Object.assign(Object.create(unused), {
      school: async (id: string) => (id === school.id ? school : undefined),
    }),
    budgets: unused as FundingPorts['budgets'],
    representatives,
    directory,
    now: () => Date.parse('2026-06-16T09:00:00Z'),
    newId: () => `registration-${++next}`,
  };
}

describe('registering a school representative (use case, in memory)', () => {
  let directory: InMemoryDirectory;
  let representatives: InMemoryRepresentatives;
  let ports: FundingPorts;

  beforeEach(async () => {
    directory = new InMemoryDirectory([senco, deputy, outsider, chair, otherChair, officer])
      .addStaff('senco', 'oakfield')
      .addStaff('deputy', 'oakfield');
    representatives = new InMemoryRepresentatives(directory);
    ports = portsWith(directory, representatives);
    await registerRepresentative(ports, senco, school.id, confirmation);
  });

  it('refuses a representative of another school taking over this one, names who can register, and changes nothing', async () => {
    await expect(
      registerRepresentative(ports, outsider, school.id, { ...confirmation, replaceExisting: true }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('The chair of Dover East or a KCC officer'),
    });
    await expect(
      registerRepresentative(ports, otherChair, school.id, { ...confirmation, replaceExisting: true }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await representatives.representativeOf(school.id))?.personId).toBe('senco');
    expect(representatives.registrations).toHaveLength(1);
  });

  it('lets a member of staff replace the representative once asked to, telling them and the chair', async () => {
    await expect(registerRepresentative(ports, deputy, school.id, confirmation)).rejects.toMatchObject({
      code: 'conflict',
    });
    const registered = await registerRepresentative(ports, deputy, school.id, {
      ...confirmation,
      replaceExisting: true,
    });
    expect(registered.replaced).toEqual({ personId: 'senco', displayName: 'Senco' });
    const notices = representatives.registrations.at(-1)?.notifications ?? [];
    expect(notices.map((n) => [n.kind, n.personIds])).toEqual([
      ['representative-replaced', ['senco']],
      ['representative-changed', ['chair']],
    ]);
  });

  it("lets the community's chair or an officer register someone, but not another community's chair", async () => {
    await expect(
      registerRepresentative(ports, otherChair, school.id, {
        ...confirmation,
        personId: 'deputy',
        replaceExisting: true,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const byChair = await registerRepresentative(ports, chair, school.id, {
      ...confirmation,
      personId: 'deputy',
      replaceExisting: true,
    });
    expect(byChair.representative.personId).toBe('deputy');
    const byOfficer = await registerRepresentative(ports, officer, school.id, {
      ...confirmation,
      personId: 'senco',
      replaceExisting: true,
    });
    expect(byOfficer.representative.personId).toBe('senco');
  });
});
