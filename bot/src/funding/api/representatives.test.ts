import { databaseEngines } from '../../../../test/support/database-targets';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { type FundingHarness, openFundingHarness } from '../../../../test/support/funding-harness';

const { community, school, neighbourSchool } = fundingCast;
const confirmation = { confirmDelegatedAuthority: true as const, headteacherName: 'Ms R. Headteacher' };

describe.each(databaseEngines())("a school's one representative (%s)", (engine) => {
  let h: FundingHarness;

  beforeAll(async () => {
    h = await openFundingHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  const as = (who: keyof typeof fundingCast) => h.person((fundingCast[who] as { email: string }).email);

  it('asks before replacing the current representative, then replaces them, keeps history and tells them', async () => {
    const current = await as('representative');
    const newcomer = await as('otherRepresentative');
    await expect(
      h.funding.registerRepresentative(newcomer, school.id, { ...confirmation, replaceExisting: true }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining(`The chair of ${community.name} or a KCC officer`),
    });
    // The newcomer also works at this school (a federation), so the directory lists them among its staff.
    await h.db.insertInto('school_staff').values({ person_id: newcomer.id, school_id: school.id }).execute();
    await expect(h.funding.registerRepresentative(newcomer, school.id, confirmation)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(`${current.displayName} is ${school.name}'s representative`),
    });
    const registered = await h.funding.registerRepresentative(newcomer, school.id, {
      ...confirmation,
      replaceExisting: true,
    });
    expect(registered).toMatchObject({
      representative: { personId: newcomer.id },
      replaced: { personId: current.id, displayName: current.displayName },
    });
    const replaced = await as('representative');
    await expect(h.funding.submitRequest(replaced, requestBody(school.id) as never)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const { request } = await h.funding.submitRequest(await as('otherRepresentative'), requestBody(school.id) as never);
    expect(request.submittedBy).toBe(newcomer.id);
    const told = await h.db.selectFrom('outbox').selectAll().where('kind', '=', 'representative-replaced').execute();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      person_id: current.id,
      payload: { schoolId: school.id, schoolName: school.name, newRepresentativeName: newcomer.displayName },
    });
    const chairTold = await h.db
      .selectFrom('outbox')
      .selectAll()
      .where('kind', '=', 'representative-changed')
      .execute();
    expect(chairTold).toHaveLength(1);
    expect(chairTold[0]).toMatchObject({
      person_id: fundingCast.chair.id,
      payload: { schoolName: school.name, previousRepresentativeName: current.displayName },
    });

    await h.funding.registerRepresentative(replaced, school.id, { ...confirmation, replaceExisting: true });
    const history = await h.db
      .selectFrom('representative_registrations')
      .selectAll()
      .where('school_id', '=', school.id)
      .orderBy('started_at')
      .orderBy('ended_at')
      .execute();
    expect(history.map((r) => [r.person_id, r.ended_reason, r.headteacher_name])).toEqual([
      [newcomer.id, 'replaced', 'Ms R. Headteacher'],
      [current.id, null, 'Ms R. Headteacher'],
    ]);
    const audit = await h.db.selectFrom('audit_log').select('action').where('entity_id', '=', school.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['representative.replaced', 'representative.replaced']);
  });

  it('lets the representative confirm again, and refuses a registration without the delegated-authority confirmation', async () => {
    const rep = await as('neighbourRepresentative');
    await expect(
      h.funding.registerRepresentative(rep, neighbourSchool.id, { headteacherName: 'Mr Head' } as never),
    ).rejects.toMatchObject({
      code: 'invalid',
      details: { confirmDelegatedAuthority: expect.stringContaining('delegated responsibility to request funds') },
    });
    const again = await h.funding.registerRepresentative(rep, neighbourSchool.id, {
      ...confirmation,
      headteacherName: 'Mr Head',
    });
    expect(again.replaced).toBeNull();
    const schools = await h.funding.representatives(await as('chair'), community.id);
    expect(schools.find((s) => s.schoolId === neighbourSchool.id)?.representative).toMatchObject({
      personId: rep.id,
      registration: { headteacherName: 'Mr Head' },
    });
  });

  it('lets officers (and the chair) register someone by id, but not practitioners or officers themselves', async () => {
    const officer = await as('officer');
    const practitioner = await as('practitioner');
    await expect(
      h.funding.registerRepresentative(practitioner, neighbourSchool.id, confirmation),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(h.funding.registerRepresentative(officer, neighbourSchool.id, confirmation)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const chair = await as('chair');
    await expect(
      h.funding.registerRepresentative(await as('otherChair'), neighbourSchool.id, {
        ...confirmation,
        personId: chair.id,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const byOfficer = await h.funding.registerRepresentative(officer, neighbourSchool.id, {
      ...confirmation,
      personId: chair.id,
      replaceExisting: true,
    });
    expect(byOfficer.representative.personId).toBe(chair.id);
  });

  it("refuses anyone who is not on a school's staff registering themselves, even a representative next door", async () => {
    const representativeNow = async () =>
      (await h.funding.representatives(await as('officer'), community.id)).find(
        (s) => s.schoolId === neighbourSchool.id,
      )?.representative?.personId;
    const before = await representativeNow();
    for (const outsider of ['representative', 'otherChair', 'otherRepresentative'] as const) {
      await expect(
        h.funding.registerRepresentative(await as(outsider), neighbourSchool.id, {
          ...confirmation,
          replaceExisting: true,
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await representativeNow()).toBe(before);
  });

  it('shows the chair and officers which schools have no representative', async () => {
    await h.db
      .deleteFrom('roles')
      .where('school_id', '=', neighbourSchool.id)
      .where('role', '=', 'representative')
      .execute();
    const schools = await h.funding.representatives(await as('chair'), community.id);
    expect(schools.filter((s) => s.representative === null).map((s) => s.schoolId)).toEqual([neighbourSchool.id]);
    await expect(h.funding.representatives(await as('representative'), community.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
