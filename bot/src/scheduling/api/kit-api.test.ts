import { signInAs, type TestApi } from '../../../../test/support/api-client';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { buildDemoDirectory } from '../../directory/demo/demo-directory';

describe('KCC officers plan Keeping in Touch meetings with chairs', () => {
  let service: TestService;
  let officer: TestApi;
  let chair: TestApi;
  let representative: TestApi;

  beforeAll(async () => {
    service = await startTestService();
    officer = await signInAs(service.baseUrl, demoPersonWith('officer').email);
    chair = await signInAs(service.baseUrl, demoPersonWith('chair', true).email);
    representative = await signInAs(service.baseUrl, demoPersonWith('representative').email);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('proposes one KiT meeting a month in November, February, April and July for all chairs', async () => {
    const { status, body } = await officer.call('POST', '/api/kit/2026-27/proposal', {
      weekdays: [3],
      startTime: '10:00',
    });
    expect(status).toBe(200);
    expect(body.groups).toHaveLength(1);
    expect(body.groups[0].meetings.map((m: { month: string }) => m.month)).toEqual([
      '2026-11',
      '2027-02',
      '2027-04',
      '2027-07',
    ]);
    expect(body.groups[0].meetings[0]).toMatchObject({
      start: '2026-11-04T10:00:00+00:00',
      end: '2026-11-04T11:00:00+00:00',
    });
  });

  it('proposes one per area when asked, and only officers may plan them', async () => {
    const { body } = await officer.call('POST', '/api/kit/2026-27/proposal', { scope: 'perArea', months: [11] });
    expect(body.groups.map((g: { title: string }) => g.title)).toEqual([
      'East Kent chairs and KCC',
      'North Kent chairs and KCC',
      'South Kent chairs and KCC',
      'West Kent chairs and KCC',
    ]);
    expect((await chair.call('POST', '/api/kit/2026-27/proposal', {})).status).toBe(403);
    const bad = await officer.call('POST', '/api/kit/2026-27/proposal', { scope: 'everyone' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)).toEqual(['scope']);
  });

  it('creates the KiT meetings, invites every chair, and shows them to chairs but not to representatives', async () => {
    const { body } = await officer.call('POST', '/api/kit/2026-27/proposal', {});
    const meetings = body.groups[0].meetings.map(({ month, start, end }: Record<string, string>) => ({
      month,
      start,
      end,
    }));
    const created = await officer.call('POST', '/api/kit/2026-27', { areaId: null, meetings });
    expect(created.status).toBe(202);
    for (let i = 0; i < 100; i++) {
      const cycle = await officer.call('GET', `/api/cycles/${created.body.cycleId}`);
      if (cycle.body.meetings.every((m: { status: string }) => m.status === 'created')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seen = await chair.call('GET', '/api/kit/2026-27/meetings');
    expect(seen.body.meetings).toHaveLength(4);
    expect(seen.body.meetings[0].title).toBe('Keeping in Touch: community chairs and KCC, November 2026');
    expect((await representative.call('GET', '/api/kit/2026-27/meetings')).status).toBe(403);
  });

  it("gives a KiT meeting's calendar file (attendee emails, join link) only to the chairs it invites and officers", async () => {
    const directory = buildDemoDirectory();
    const areaOfChair = (chairRoles: { role: string; communityId?: string }[]) => {
      const community = directory.communities.find(
        (c) => c.id === chairRoles.find((r) => r.role === 'chair')?.communityId,
      );
      return directory.districts.find((d) => d.id === community?.districtId)?.areaId;
    };
    const [chair, ...otherChairs] = directory.people.filter((p) => p.roles.some((r) => r.role === 'chair'));
    if (!chair) throw new Error('the demo directory has no chair');
    const areaId = areaOfChair(chair.roles);
    const outsider = otherChairs.find((p) => p.roles.every((r) => areaOfChair([r]) !== areaId));
    if (!outsider) throw new Error('the demo directory has no chair outside the area');
    const { body } = await officer.call('POST', '/api/kit/2026-27/proposal', { scope: 'perArea', months: [2] });
    const group = body.groups.find((g: { areaId: string }) => g.areaId === areaId);
    const created = await officer.call('POST', '/api/kit/2026-27', {
      areaId,
      meetings: group.meetings.map(({ month, start, end }: Record<string, string>) => ({ month, start, end })),
    });
    expect(created.status).toBe(202);
    const cycle = await officer.call('GET', `/api/cycles/${created.body.cycleId}`);
    const meetingId = cycle.body.meetings[0].id;

    const invited = await signInAs(service.baseUrl, chair.email);
    const stranger = await signInAs(service.baseUrl, outsider.email);
    expect((await invited.call('GET', `/api/meetings/${meetingId}.ics`)).status).toBe(200);
    expect((await officer.call('GET', `/api/meetings/${meetingId}.ics`)).status).toBe(200);
    const refused = await stranger.call('GET', `/api/meetings/${meetingId}.ics`);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('@');
  });
});
