import { postActivity, teamsActivity } from '../../../../test/support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { cardText } from '../../../../test/support/card-text';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { fundingApiAs } from '../../../../test/support/funding-api-client';
import { fundingCast } from '../../../../test/support/funding-cast';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

const { community, school, representative, chair } = fundingCast;

describe.each(databaseEngines())('funding requests in the bot (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let connector: CaptureConnector;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    [service, connector] = await Promise.all([
      startTestService({}, { database: database.target }),
      startCaptureConnector(),
    ]);
    // The community plans its year first, so a new request joins the next meeting's agenda.
    const chairApi = await fundingApiAs(service.baseUrl, chair.email);
    const { body: plan } = await chairApi.call('POST', `/api/communities/${community.id}/cycles/2026-27/proposal`, {});
    const meetings = plan.meetings.map(({ month, start, end }: Record<string, string>) => ({ month, start, end }));
    await chairApi.call('POST', `/api/communities/${community.id}/cycles/2026-27`, { meetings });
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
    await database?.drop();
  });

  const press = async (person: { aadObjectId: string }, verb: string, data: Record<string, unknown> = {}) => {
    const activity = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: person.aadObjectId },
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: 'card-1',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      },
    );
    const { status, body } = await postActivity(service.baseUrl, activity);
    expect(status).toBe(200);
    return body?.value;
  };

  const answers = {
    schoolId: school.id,
    pupilReference: 'Y3-042',
    yearGroup: '3',
    requestType: 'individual',
    areasOfNeed: 'communicationAndInteraction,sensoryPhysical',
    currentProvision: 'Small-group speech and language sessions twice a week, funded from the notional SEN budget.',
    whatIsWorking: 'Visual timetables and a calm start to the day.',
    hopedForOutcomes: 'Joins whole-class carpet time for ten minutes by Easter.',
    nextSteps: 'SENCo to review with the link STLS teacher in six weeks.',
    amount: '2500.50',
    periodStart: '2026-09-01',
    periodEnd: '2027-03-31',
    prgServiceIds: 'stls',
  };

  it('lets a representative fill in the form, refuses a pupil name with the reason, and submits once per card', async () => {
    const form = await press(representative, 'requestFunding');
    expect(cardText(form)).toMatch(/Submit by \w+day \d+ \w+ 20\d\d for the meeting on \w+day \d+ \w+ 20\d\d\./);
    const key = /"idempotencyKey":"([^"]+)"/.exec(JSON.stringify(form))?.[1];
    expect(key).toBeDefined();
    const named = await press(representative, 'submitFunding', {
      ...answers,
      pupilReference: 'Olivia Smith',
      idempotencyKey: key,
    });
    expect(JSON.stringify(named)).toContain('"value":"Olivia Smith"');
    // Each problem stands right under the field it is about, in plain words; the top says only that it was not sent.
    const body = (named as { body: { id?: string; text?: string; color?: string }[] }).body;
    const under = (id: string) => body[body.findIndex((e) => e.id === id) + 1];
    expect(under('pupilReference')).toMatchObject({
      color: 'Attention',
      text: expect.stringMatching(/looks like a first name/),
    });
    expect(cardText(named)).toContain('Not sent yet: change what is marked in red below');
    expect(cardText(named)).not.toMatch(/pupilReference|amountPence|periodEnd/);
    const twoWrong = await press(representative, 'submitFunding', {
      ...answers,
      amount: 'lots',
      periodEnd: '2020-01-01',
      idempotencyKey: key,
    });
    const twoBody = (twoWrong as { body: { id?: string; color?: string }[] }).body;
    for (const id of ['amount', 'periodEnd']) {
      expect(twoBody[twoBody.findIndex((e) => e.id === id) + 1]).toMatchObject({ color: 'Attention' });
    }
    const done = await press(representative, 'submitFunding', { ...answers, idempotencyKey: key });
    expect(cardText(done)).toMatch(
      /Request Y3-042 submitted\. It is on the agenda of the meeting on \w+day \d+ \w+ 20\d\d\./,
    );
    expect(cardText(done)).toMatch(/submitted \w{3} \d+ \w+ 20\d\d, for the meeting on \w{3} \d+ \w+ 20\d\d/);
    const again = await press(representative, 'submitFunding', { ...answers, idempotencyKey: key });
    expect(cardText(again)).toContain('This request was already submitted.');
    const rep = await fundingApiAs(service.baseUrl, representative.email);
    const mine = await rep.call('GET', '/api/funding-requests');
    expect(mine.body.items.filter((r: { pupilReference: string }) => r.pupilReference === 'Y3-042')).toHaveLength(1);
  });

  it('lets the chair see the request on the agenda and approve it there, reducing the pot by that amount', async () => {
    const chairApi = await fundingApiAs(service.baseUrl, chair.email);
    const before = (await chairApi.call('GET', `/api/communities/${community.id}/budget?year=2026-27`)).body;
    const agenda = await press(chair, 'agenda', { communityId: community.id });
    expect(cardText(agenda)).toContain('Y3-042: £2,500.50');
    const line = (agenda as { body: unknown[] }).body.find((item) => JSON.stringify(item).includes('Y3-042'));
    const requestId = /"verb":"decideFunding","data":\{"requestId":"([^"]+)"/.exec(JSON.stringify(line))?.[1];
    expect(cardText(line)).toMatch(
      /Pot remaining: £[\d,]+\.\d\d now, £[\d,]+\.\d\d after approving the full £2,500\.50\./,
    );
    const choices = JSON.stringify(line);
    expect(choices).toContain('"title":"Defer to a later meeting"');
    expect(choices).toContain('"title":"Signpost to a PRG service"');

    // Deciding with the request in front of them: the whole request, the PRG services involved, and the read logged.
    const read = await press(chair, 'readFundingRequest', { requestId });
    expect(cardText(read)).toContain(answers.currentProvision);
    expect(cardText(read)).toContain(answers.nextSteps);
    expect(cardText(read)).toContain('Specialist Teaching and Learning Service (STLS)');
    expect(cardText(read)).toContain(`${school.name}'s other requests this year`);
    const officerApi = await fundingApiAs(service.baseUrl, fundingCast.officer.email);
    const { body: reads } = await officerApi.call('GET', `/api/funding-requests/${requestId}/reads`);
    expect(reads.reads.map((r: { displayName: string }) => r.displayName)).toContain(chair.displayName);

    // Approving less than asked needs a reason; the agenda stays, with the problem on it.
    const data = { requestId, communityId: community.id };
    const noReason = await press(chair, 'decideFunding', { ...data, outcome: 'approved', amount: '£2,000' });
    expect(cardText(noReason)).toContain('Not recorded.');
    expect(cardText(noReason)).toContain('Say why less than the £2,500.50 requested is approved');
    expect(cardText(noReason)).toContain('Y3-042: £2,500.50');
    const notMoney = await press(chair, 'decideFunding', { ...data, outcome: 'approved', amount: 'two thousand' });
    expect(cardText(notMoney)).toContain('"two thousand" is not an amount in pounds');

    const decided = await press(chair, 'decideFunding', {
      ...data,
      outcome: 'approved',
      amount: '£2,000.00',
      reason: 'The school meets the first term from its notional budget.',
    });
    expect(cardText(decided)).toContain('Recorded: Approved £2,000.00 of £2,500.50 for Y3-042.');
    const after = (await chairApi.call('GET', `/api/communities/${community.id}/budget?year=2026-27`)).body;
    expect(after.committedPence - before.committedPence).toBe(200000);
    expect(after.remainingPence).toBe(before.remainingPence - 200000);
    expect(cardText(await press(representative, 'myRequests'))).toContain('Approved (£2,000.00)');
  });

  it('lets the chair defer a request to a later meeting and signpost another to a PRG service, from the card', async () => {
    for (const reference of ['Y5-201', 'Y6-310']) {
      const form = await press(representative, 'requestFunding');
      const key = /"idempotencyKey":"([^"]+)"/.exec(JSON.stringify(form))?.[1];
      await press(representative, 'submitFunding', { ...answers, pupilReference: reference, idempotencyKey: key });
    }
    const agenda = JSON.stringify(await press(chair, 'agenda', { communityId: community.id }));
    const idOf = (reference: string) => {
      const at = agenda.indexOf(`${reference}: £`);
      return /"verb":"decideFunding","data":\{"requestId":"([^"]+)"/.exec(agenda.slice(at))?.[1];
    };
    const later = /"id":"deferredTo"[^\]]*?"title":"([^"]+)","value":"([^"]+)"/.exec(agenda);
    expect(later).not.toBeNull();
    const deferred = await press(chair, 'decideFunding', {
      requestId: idOf('Y5-201'),
      communityId: community.id,
      outcome: 'deferred',
      deferredTo: later?.[2],
      reason: 'The educational psychologist reports first.',
    });
    expect(cardText(deferred)).toContain(`Recorded: Deferred Y5-201 to ${later?.[1]}.`);
    const signposted = await press(chair, 'decideFunding', {
      requestId: idOf('Y6-310'),
      communityId: community.id,
      outcome: 'signposted',
      prgService: 'stls',
    });
    expect(cardText(signposted)).toMatch(/Recorded: Signposted Y6-310 to .*Specialist Teaching/);
  });

  it('does not show the agenda to a representative', async () => {
    expect(cardText(await press(representative, 'agenda'))).toContain('Only community chairs see the agenda.');
  });

  type Card = {
    body: { type: string; facts?: { title: string; value: string }[] }[];
    actions: Record<string, never>[];
  };

  it("offers the next meeting's calendar file: 'Add to calendar' opens the Meetings page for it", async () => {
    const card = JSON.stringify(await press(representative, 'nextMeeting'));
    const url = /"title":"Add to calendar \(\.ics\)","url":"([^"]+)"/.exec(card)?.[1] ?? '';
    const meetingId = new URL(url).searchParams.get('meeting');
    expect(new URL(url).pathname).toBe('/meetings');
    // The meeting's papers: KCC's agenda papers the representative may read (not the chairs' Inclusion Dashboard).
    expect(card).toMatch(
      /Papers: .*\[Communities of Schools: Terms of Reference\]\(https:\/\/www\.kelsi\.org\.uk\/search\?q=[^)]+\) \(new\)/,
    );
    expect(card).toContain('Community Budget Summary 2026-27');
    expect(card).not.toContain('Inclusion Dashboard: what it tells your community');
    const ics = await (await fundingApiAs(service.baseUrl, representative.email)).call(
      'GET',
      `/api/meetings/${meetingId}.ics`,
    );
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(ics.text).toContain(`UID:${meetingId}@communities-of-schools`);
  });

  it("shows a representative their community's budget to the penny, the same figures as the API", async () => {
    const card = (await press(representative, 'budget')) as Card;
    const { body: budget } = await (await fundingApiAs(service.baseUrl, representative.email)).call(
      'GET',
      `/api/communities/${community.id}/budget`,
    );
    const facts = Object.fromEntries(
      (card.body.find((e) => e.type === 'FactSet')?.facts ?? []).map((f) => [f.title, f.value]),
    );
    const pounds = (pence: number) =>
      `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    expect(facts).toMatchObject({
      Allocation: pounds(budget.allocationPence),
      'Pot for requests': pounds(budget.potPence),
      Committed: pounds(budget.committedPence),
      Remaining: pounds(budget.remainingPence),
    });
    expect(cardText(card)).toContain(`${community.name}: budget ${budget.academicYear}`);
    expect(card.actions.find((a) => a.title === 'Open in the tab')?.url).toMatch(/\/budget$/);
  });

  it('offers a chair of two communities the other one, and shows it when asked', async () => {
    const chairOfTwo = fundingCast.directory.people.find(
      (p) => p.roles.filter((r) => r.role === 'chair').length > 1,
    ) as (typeof fundingCast.directory.people)[number];
    const [first, second] = chairOfTwo.roles
      .filter((r) => r.role === 'chair')
      .map((r) => fundingCast.directory.communities.find((c) => c.id === r.communityId));
    const card = (await press(chairOfTwo, 'budget')) as Card;
    expect(cardText(card)).toContain(`${first?.name}: budget`);
    const other = card.actions.find(
      (a) => (a.data as { communityId?: string } | undefined)?.communityId === second?.id,
    );
    expect(other).toMatchObject({ type: 'Action.Execute', verb: 'budget' });
    expect(cardText(await press(chairOfTwo, 'budget', other?.data))).toContain(`${second?.name}: budget`);
  });

  it("shows an officer the county's budgets: totals and the ten communities with least remaining, as the API has them", async () => {
    const card = (await press(fundingCast.officer, 'communityBudgets')) as Card;
    const { body: county } = await (await fundingApiAs(service.baseUrl, fundingCast.officer.email)).call(
      'GET',
      '/api/budgets',
    );
    const lines = county.communities as { communityName: string; remainingPence: number }[];
    const least = [...lines]
      .sort((a, b) => a.remainingPence - b.remainingPence || a.communityName.localeCompare(b.communityName))
      .slice(0, 10)
      .map((l) => l.communityName);
    const [totals, listed] = card.body.filter((e) => e.type === 'FactSet');
    expect(listed?.facts?.map((f) => f.title)).toEqual(least);
    expect(Object.fromEntries((totals?.facts ?? []).map((f) => [f.title, f.value]))).toMatchObject({
      Remaining: `£${(county.totals.remainingPence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`,
    });
    expect(card.actions.find((a) => a.title === 'All 53 in the tab')?.url).toMatch(/\/budget$/);
  });

  it('tells anyone but an officer that the county view is for officers', async () => {
    expect(cardText(await press(representative, 'communityBudgets'))).toMatch(/Only KCC officers/);
  });
});
