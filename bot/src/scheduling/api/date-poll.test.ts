import { signInAs, type TestApi } from '../../../../test/support/api-client';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import { eventually } from '../../../../test/support/eventually';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { TeamsConversations } from '../../../../test/support/teams-conversations';
import { buildDemoDirectory, type DemoPerson } from '../../directory/demo/demo-directory';

/** A poll's date as the chair reads it from the API. */
interface PollDateJson {
  month: string;
  start: string;
  works: string[];
  cannot: { personId: string; reason: string | null }[];
  pending: string[];
}

const YEAR = '2026-27';
const directory = buildDemoDirectory();
const repsOf = (communityId: string) =>
  directory.people.filter((p) => p.roles.some((r) => r.role === 'representative' && r.communityId === communityId));
// A community with at least ten school representatives, its chair, and a representative of another community.
const community = directory.communities.find((c) => repsOf(c.id).length >= 10) as { id: string; name: string };
const chair = directory.people.find((p) =>
  p.roles.some((r) => r.role === 'chair' && r.communityId === community.id),
) as DemoPerson;
const representatives = repsOf(community.id)
  .filter((p) => p.id !== chair.id)
  .slice(0, 10);
const outsider = directory.people.find(
  (p) => p.roles.length === 1 && p.roles[0]?.role === 'representative' && p.roles[0].communityId !== community.id,
) as DemoPerson;
const sender = (p: DemoPerson) => ({ aadObjectId: p.aadObjectId, name: p.displayName });

describe("next year's dates confirmed together (the June/July meeting)", () => {
  let service: TestService;
  let connector: CaptureConnector;
  let teams: TeamsConversations;
  let chairApi: TestApi;
  let pollId: string;

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
    teams = new TeamsConversations(service.baseUrl, connector.serviceUrl);
    chairApi = await signInAs(service.baseUrl, chair.email);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  const poll = async (api = chairApi) => (await api.call('GET', `/api/polls/${pollId}`)).body;
  const chatOf = (p: DemoPerson) => `a:poll-${p.id}`;

  it("offers the chair Ask the community first on Plan meetings, and puts the planner's dates to the community", async () => {
    expect(representatives).toHaveLength(10);
    await teams.say(sender(representatives[0] as DemoPerson), 'help', chatOf(representatives[0] as DemoPerson));
    const planning = await teams.press(sender(chair), 'planMeetings', { communityId: community.id }, chatOf(chair));
    const card = planning.body?.value as { actions: { title: string; verb: string; data: unknown }[] } | undefined;
    const actions = card?.actions ?? [];
    const ask = actions.find((a) => a.title === 'Ask the community first');
    expect(ask).toMatchObject({ verb: 'startDatePoll', data: { communityId: community.id, academicYear: YEAR } });

    const tally = await teams.press(
      sender(chair),
      'startDatePoll',
      ask?.data as Record<string, unknown>,
      chatOf(chair),
    );
    expect(cardText(tally.body?.value)).toContain(`${YEAR} dates: what the community says`);
    const started = await chairApi.call('POST', `/api/communities/${community.id}/cycles/${YEAR}/poll`, {});
    expect(started).toMatchObject({ status: 200, body: { alreadyOpen: true } });
    pollId = started.body.pollId;
    const dates = (await poll()).dates as PollDateJson[];
    expect(dates.map((d) => d.month)).toEqual([
      '2026-09',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-03',
      '2027-05',
      '2027-06',
    ]);
    expect(dates.every((d) => d.pending.length >= 10 && d.works.length === 0)).toBe(true);

    // The first representative had a chat with the bot: the question arrives there, with its inputs.
    const delivered = await eventually(
      async () =>
        connector.sent.filter(
          (s) =>
            s.conversationId === chatOf(representatives[0] as DemoPerson) &&
            cardText(s.activity.attachments?.[0]?.content).includes("Can you make next year's meeting dates?"),
        ),
      (found) => found.length > 0,
    );
    expect(JSON.stringify(delivered[0]?.activity.attachments?.[0]?.content)).toContain('works_2026-09');
  });

  it("takes ten representatives' answers through the bot and tallies them per date", async () => {
    const months = ((await poll()).dates as PollDateJson[]).map((d) => d.month);
    for (const [i, rep] of representatives.entries()) {
      const data: Record<string, unknown> = { pollId };
      for (const month of months) data[`works_${month}`] = month === '2026-11' && i < 3 ? 'no' : 'yes';
      if (i < 3) data['reason_2026-11'] = 'Year 6 residential trip that week';
      const answered = await teams.press(sender(rep), 'answerDatePoll', data, chatOf(rep));
      expect(cardText(answered.body?.value)).toContain('your answers are saved');
    }
    // A changed mind: the fourth representative cannot make March after all.
    const fourth = representatives[3] as DemoPerson;
    await teams.press(sender(fourth), 'answerDatePoll', { pollId, 'works_2027-03': 'no' }, chatOf(fourth));

    const dates = (await poll()).dates as PollDateJson[];
    const byMonth = new Map(dates.map((d) => [d.month, d]));
    expect(byMonth.get('2026-11')?.works).toHaveLength(7);
    expect(byMonth.get('2026-11')?.cannot).toEqual(
      representatives.slice(0, 3).map((r) => ({ personId: r.id, reason: 'Year 6 residential trip that week' })),
    );
    expect(byMonth.get('2027-03')?.cannot).toEqual([{ personId: fourth.id, reason: null }]);
    expect(byMonth.get('2026-09')?.works).toHaveLength(10);
    for (const d of dates) expect(d.pending.some((id) => representatives.some((r) => r.id === id))).toBe(false);

    const tally = await teams.press(sender(chair), 'showDatePoll', { pollId }, chatOf(chair));
    const text = cardText(tally.body?.value);
    expect(text).toContain("✔ 7 works · ✘ 3 can't");
    expect(text).toContain('Year 6 residential trip that week');
  });

  it('keeps answers to the people asked, and names of pupils out of reasons', async () => {
    const asOutsider = await signInAs(service.baseUrl, outsider.email);
    const answer = { answers: [{ month: '2026-09', works: true }] };
    expect((await asOutsider.call('POST', `/api/polls/${pollId}/answers`, answer)).status).toBe(404);
    expect((await asOutsider.call('GET', `/api/polls/${pollId}`)).status).toBe(404);
    const pressed = await teams.press(
      sender(outsider),
      'answerDatePoll',
      { pollId, 'works_2026-09': 'yes' },
      chatOf(outsider),
    );
    expect(cardText(pressed.body?.value)).toContain('There is no such poll, or it is not for you.');

    const rep = await signInAs(service.baseUrl, (representatives[0] as DemoPerson).email);
    const named = await rep.call('POST', `/api/polls/${pollId}/answers`, {
      answers: [{ month: '2026-09', works: false, reason: 'Taking Oliver Smith to his assessment' }],
    });
    expect(named.status).toBe(400);
    expect(Object.keys(named.body.errors)).toEqual(['answers[0].reason']);
    // The representative sees their own answers, not the others'.
    const seen = await poll(rep);
    expect(seen.dates[0]).toMatchObject({ mine: { works: true } });
    expect(seen.dates[0].cannot).toBeUndefined();
    expect(seen.invitees).toBeUndefined();
    // Only the chair re-plans or confirms.
    expect((await rep.call('POST', `/api/polls/${pollId}/confirm`)).status).toBe(403);
  });

  it('re-plans the month that does not work, asking only it again, and leaves the others alone', async () => {
    const before = (await poll()).dates as PollDateJson[];
    const replanned = await chairApi.call('POST', `/api/polls/${pollId}/dates/2026-11/replan`);
    expect(replanned.status).toBe(200);
    const after = replanned.body.dates as PollDateJson[];
    const november = after.find((d) => d.month === '2026-11') as PollDateJson;
    expect(november.start).not.toBe(before.find((d) => d.month === '2026-11')?.start);
    expect(november.start.slice(0, 7)).toBe('2026-11');
    expect(november.works).toEqual([]);
    expect(november.cannot).toEqual([]);
    for (const d of after.filter((x) => x.month !== '2026-11')) {
      const was = before.find((x) => x.month === d.month) as PollDateJson;
      expect({ month: d.month, start: d.start, works: d.works.length }).toEqual({
        month: was.month,
        start: was.start,
        works: was.works.length,
      });
    }
    // Those asked are told the new date (the first representative in their chat).
    await eventually(
      async () =>
        connector.sent.filter(
          (s) =>
            s.conversationId === chatOf(representatives[0] as DemoPerson) &&
            cardText(s.activity.attachments?.[0]?.content).includes('A new date for November 2026'),
        ),
      (found) => found.length > 0,
    );
  });

  it('never suggests a date the community was asked for that month before, and finds the poll by its year', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await chairApi.call('POST', `/api/polls/${pollId}/dates/2026-11/replan`)).status).toBe(200);
    }
    const found = await chairApi.call('GET', `/api/communities/${community.id}/cycles/${YEAR}/poll`);
    expect(found.status).toBe(200);
    expect(found.body.id).toBe(pollId);
    const asked = [
      ...(found.body.askedBefore as { month: string; start: string }[]),
      ...(found.body.dates as PollDateJson[]),
    ]
      .filter((d) => d.month === '2026-11')
      .map((d) => d.start);
    expect(asked).toHaveLength(5);
    expect(new Set(asked).size).toBe(5);
    // A representative who was asked finds it too, without the others' answers; another community's does not.
    const rep = await signInAs(service.baseUrl, (representatives[2] as DemoPerson).email);
    const seen = await rep.call('GET', `/api/communities/${community.id}/cycles/${YEAR}/poll`);
    expect(seen.body.askedBefore).toBeUndefined();
    const stranger = await signInAs(service.baseUrl, outsider.email);
    expect((await stranger.call('GET', `/api/communities/${community.id}/cycles/${YEAR}/poll`)).status).toBe(404);
  });

  it('confirms: the cycle holds exactly the dates of the poll, and the poll takes no more answers', async () => {
    const dates = (await poll()).dates as PollDateJson[];
    const confirmed = await chairApi.call('POST', `/api/polls/${pollId}/confirm`);
    expect(confirmed.status).toBe(202);
    const again = await chairApi.call('POST', `/api/polls/${pollId}/confirm`);
    expect(again.body.cycleId).toBe(confirmed.body.cycleId);
    const cycle = (await chairApi.call('GET', `/api/cycles/${confirmed.body.cycleId}`)).body;
    const meetings = cycle.meetings as { month: string; start: string }[];
    expect(meetings.map((m) => [m.month, Date.parse(m.start)])).toEqual(
      dates.map((d) => [d.month, Date.parse(d.start)]),
    );
    expect((await poll()).status).toBe('confirmed');

    const rep = await signInAs(service.baseUrl, (representatives[1] as DemoPerson).email);
    const late = await rep.call('POST', `/api/polls/${pollId}/answers`, {
      answers: [{ month: '2026-09', works: true }],
    });
    expect(late.status).toBe(409);
    expect((await chairApi.call('POST', `/api/communities/${community.id}/cycles/${YEAR}/poll`, {})).status).toBe(409);
  });
});
