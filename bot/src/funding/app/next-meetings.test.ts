import { databaseEngines } from '../../../../test/support/database-targets';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { type FundingHarness, openFundingHarness } from '../../../../test/support/funding-harness';

const { community, otherCommunity, school, neighbourSchool } = fundingCast;

describe.each(databaseEngines())("each person's next community meeting (%s)", (engine) => {
  let h: FundingHarness;
  let meetingId: string;
  let practitionerService: string;

  beforeAll(async () => {
    h = await openFundingHarness(engine);
    [meetingId] = (await h.addMeetings(community.id, ['2026-09-08', '2026-11-03'])) as [string];
    const service = await h.db
      .selectFrom('practitioners')
      .select('service_id')
      .where('person_id', '=', fundingCast.practitioner.id)
      .executeTakeFirstOrThrow();
    practitionerService = service.service_id;
    const otherService = practitionerService === 'educational-psychology' ? 'physiotherapy' : 'educational-psychology';
    const rep = await h.person(fundingCast.representative.email);
    const neighbour = await h.person(fundingCast.neighbourRepresentative.email);
    await h.funding.submitRequest(rep, requestBody(school.id, { prgServiceIds: [practitionerService] }) as never);
    await h.funding.submitRequest(
      neighbour,
      requestBody(neighbourSchool.id, {
        pupilReference: 'Y2-004',
        yearGroup: '2',
        prgServiceIds: [otherService],
      }) as never,
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows a representative their community's next meeting with every request on its agenda, theirs marked, no narrative", async () => {
    const [view] = await h.funding.nextMeetings(await h.person(fundingCast.representative.email));
    expect(view).toMatchObject({
      communityId: community.id,
      roles: ['representative'],
      chairs: [fundingCast.chair.displayName],
      meeting: { id: meetingId, joinUrl: null, invited: [] },
      requestsOnAgenda: 2,
      forServices: null,
    });
    expect(view?.requests.map((r) => [r.schoolName, r.mySchool])).toEqual(
      [
        [school.name, true],
        [neighbourSchool.name, false],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const shown = JSON.stringify(view);
    expect(shown).not.toContain(String(requestBody(school.id).currentProvision));
    expect(shown).not.toContain('Y4-017');
  });

  it('shows a link practitioner only the requests that name their service', async () => {
    const [view] = await h.funding.nextMeetings(await h.person(fundingCast.practitioner.email));
    expect(view?.forServices).toContain(practitionerService);
    expect(view?.requestsOnAgenda).toBe(2);
    expect(view?.requests.map((r) => r.schoolName)).toEqual([school.name]);
  });

  it('says when a community has no meeting planned, and who plans it; an officer has no community to show', async () => {
    const [view] = await h.funding.nextMeetings(await h.person(fundingCast.otherChair.email));
    expect(view).toMatchObject({
      communityId: otherCommunity.id,
      meeting: null,
      requests: [],
      chairs: [fundingCast.otherChair.displayName],
    });
    expect(await h.funding.nextMeetings(await h.person(fundingCast.officer.email))).toEqual([]);
  });
});
