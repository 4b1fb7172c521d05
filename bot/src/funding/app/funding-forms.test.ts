import { databaseEngines } from '../../../../test/support/database-targets';
import { fundingCast, requestBody } from '../../../../test/support/funding-cast';
import { type FundingHarness, openFundingHarness } from '../../../../test/support/funding-harness';
import { requestFromCardValues } from './card-request-input';

const { community, school } = fundingCast;

describe('a request card read into a request', () => {
  it('reads pounds as exact pence, multi-select choices as lists and numbers as numbers', () => {
    expect(
      requestFromCardValues({
        schoolId: school.id,
        pupilReference: ' Y4-017 ',
        requestType: 'group',
        groupSize: '6',
        areasOfNeed: 'communicationAndInteraction,sensoryPhysical',
        prgServiceIds: '',
        amount: '£1,250.50',
        verb: 'submitFundingRequest',
      }),
    ).toMatchObject({
      pupilReference: 'Y4-017',
      groupSize: 6,
      areasOfNeed: ['communicationAndInteraction', 'sensoryPhysical'],
      prgServiceIds: [],
      amountPence: 125050,
    });
  });
});

describe.each(databaseEngines())('the choices the bot offers on its forms (%s)', (engine) => {
  let h: FundingHarness;

  beforeAll(async () => {
    h = await openFundingHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("offers a representative their school and each field's choices, and refuses anyone else", async () => {
    const options = await h.funding.requestFormOptions(await h.person(fundingCast.representative.email));
    expect(options.schools).toEqual([
      { id: school.id, name: school.name, communityId: community.id, communityName: community.name },
    ]);
    expect(options.prgServices.map((s) => s.id)).toContain('educational-psychology');
    expect(options.yearGroups).toEqual(['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    expect(options.areasOfNeed.map((a) => a.label)).toContain('Social, emotional and mental health');
    await expect(h.funding.requestFormOptions(await h.person(fundingCast.chair.email))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('offers the chair the later meetings, the PRG services and what the pot has left', async () => {
    const [first, second] = await h.addMeetings(community.id, ['2026-09-08', '2026-11-10']);
    const { request } = await h.funding.submitRequest(
      await h.person(fundingCast.representative.email),
      requestFromCardValues({ ...requestBody(school.id), amountPence: undefined, amount: '99.99' }) as never,
    );
    expect(request).toMatchObject({ amountPence: 9999, agendaMeeting: { id: first } });
    const chair = await h.person(fundingCast.chair.email);
    const options = await h.funding.decisionOptions(chair, request.id);
    expect(options.laterMeetings.map((m) => m.id)).toEqual([second]);
    expect(options.remainingPence).toBe((await h.funding.budget(chair, community.id, '2026-27')).remainingPence);
    await expect(
      h.funding.decisionOptions(await h.person(fundingCast.otherChair.email), request.id),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
