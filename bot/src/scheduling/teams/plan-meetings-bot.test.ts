import { signInAs } from '../../../../test/support/api-client';
import { postActivity, teamsActivity } from '../../../../test/support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../../../../test/support/capture-connector';
import { actionTitles, cardText } from '../../../../test/support/card-text';
import { demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';
import { buildDemoDirectory } from '../../directory';

type Card = {
  body: Record<string, unknown>[];
  actions?: { title: string; verb?: string; data?: Record<string, unknown> }[];
};

/** Every input in a card (including inside column sets), by id. */
function inputsOf(card: unknown): Record<string, string> {
  const inputs: Record<string, string> = {};
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (typeof element.type === 'string' && element.type.startsWith('Input.') && typeof element.id === 'string') {
      inputs[element.id] = String(element.value ?? '');
    }
    if (element.type !== 'Action.ShowCard') for (const value of Object.values(element)) visit(value);
  };
  visit(card);
  return inputs;
}

describe('a chair plans the year in the bot', () => {
  let service: TestService;
  let connector: CaptureConnector;
  const chair = demoPersonWith('chair', true);
  const representative = demoPersonWith('representative');
  const conversation = 'a:chair-planning';

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService(), startCaptureConnector()]);
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.close();
  });

  const invoke = async (person: { aadObjectId: string }, verb: string, data: Record<string, unknown>) => {
    const activity = teamsActivity(
      connector.serviceUrl,
      { aadObjectId: person.aadObjectId },
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: 'card-1',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      },
      conversation,
    );
    const { status, body } = await postActivity(service.baseUrl, activity);
    expect(status).toBe(200);
    return body?.value as Card;
  };

  it('proposes seven editable dates for next year, each with its reason', async () => {
    const card = await invoke(chair, 'planMeetings', {});
    const inputs = inputsOf(card);
    expect(Object.keys(inputs).filter((k) => k.startsWith('date_'))).toHaveLength(7);
    expect(inputs['date_2026-09']).toMatch(/^2026-09-(0[1-9]|1[0-4])$/);
    expect(cardText(card)).toContain('Plan 2026-27 meetings');
    expect(cardText(card)).toContain('that is a school day with everyone free');
    // In June the year ahead can be put to the community first (KCC's June/July meeting).
    expect(actionTitles(card)).toEqual([
      'Create meetings',
      expect.stringMatching(/^Plan .* instead$/),
      'Ask the community first',
    ]);
  });

  it('does not let a representative plan meetings', async () => {
    const card = await invoke(representative, 'planMeetings', {});
    expect(cardText(card)).toContain('Only community chairs plan');
  });

  it('shows the chair what to change when a chosen date is in the holidays, keeping their choices', async () => {
    const plan = await invoke(chair, 'planMeetings', {});
    const data = {
      ...inputsOf(plan),
      'date_2026-12': '2026-12-24',
      communityId: chair.roles[0]?.communityId,
      academicYear: '2026-27',
    };
    const card = await invoke(chair, 'createCycle', data);
    expect(cardText(card)).toContain('24 December 2026 is the Christmas holidays; schools are closed.');
    expect(inputsOf(card)['date_2026-12']).toBe('2026-12-24');
  });

  it('creates the meetings and shows each one in calendars, then offers reschedule and cancel', async () => {
    const plan = await invoke(chair, 'planMeetings', {});
    const data = { ...inputsOf(plan), communityId: chair.roles[0]?.communityId, academicYear: '2026-27' };
    const updatesBefore = connector.updated.length;
    const answer = await invoke(chair, 'createCycle', data);
    expect(cardText(answer)).toContain('2026-27 meetings');
    const final = await finalCard(answer, updatesBefore);
    // No Microsoft 365 calendar is connected in local mode: the card says the meetings are saved, not "in calendars".
    expect(cardText(final)).toContain('7 of 7 meetings are saved.');
    expect(cardText(final).match(/✅ Saved in the app: download the \.ics/g)).toHaveLength(7);
    expect(cardText(final)).not.toContain('In calendars');
    expect(JSON.stringify(final)).toContain('"verb":"cancelMeeting"');
    const again = await invoke(chair, 'planMeetings', {});
    expect(cardText(again)).toContain('7 of 7 meetings are saved.');
  });

  it('lets a chair of two communities go on to the other one once the first is planned, by button or by name', async () => {
    const names = new Map(buildDemoDirectory().communities.map((c) => [c.id, c.name]));
    const [first, second] = chair.roles
      .filter((r) => r.role === 'chair')
      .map((r) => ({ communityId: r.communityId, communityName: names.get(r.communityId ?? '') }));
    const status = await invoke(chair, 'planMeetings', { communityId: first?.communityId });
    expect(cardText(status)).toContain(first?.communityName);
    const next = (status.actions ?? []).find((a) => a.title === `Plan ${second?.communityName}`);
    expect(next).toMatchObject({ verb: 'planMeetings', data: { communityId: second?.communityId } });
    const plan = await invoke(chair, 'planMeetings', next?.data ?? {});
    expect(cardText(plan)).toContain(second?.communityName);
    expect(Object.keys(inputsOf(plan)).filter((k) => k.startsWith('date_'))).toHaveLength(7);

    const before = connector.sent.length;
    const shortName = String(second?.communityName).replace(' Community of Schools', '');
    await postActivity(
      service.baseUrl,
      teamsActivity(
        connector.serviceUrl,
        { aadObjectId: chair.aadObjectId },
        { type: 'message', text: `plan meetings for ${shortName}` },
        conversation,
      ),
    );
    const typed = connector.sent.slice(before).at(-1)?.activity.attachments?.[0]?.content as Card;
    expect(cardText(typed)).toContain(second?.communityName);
    expect(cardText(typed)).not.toContain(`${first?.communityName}:`);
  });

  it('keeps the schedule on the card when a reschedule is refused, with the problem on it', async () => {
    const status = await invoke(chair, 'planMeetings', {});
    const action = /"verb":"rescheduleMeeting","data":(\{[^}]+\})/.exec(JSON.stringify(status))?.[1];
    const data = JSON.parse(action ?? '{}') as { meetingId: string; cycleId: string };
    expect(data.cycleId).toBeTruthy();
    const refused = await invoke(chair, 'rescheduleMeeting', { ...data, date: '2026-12-25', time: '15:45' });
    expect(cardText(refused)).toMatch(/^2026-27 meetings/);
    expect(cardText(refused)).toContain('Not changed.');
    expect(cardText(refused)).toContain('7 of 7 meetings are saved.');
    // The problem stands in the block of the meeting that was being moved, next to its Reschedule button.
    const block = (refused as { body: unknown[] }).body.find((e) => JSON.stringify(e).includes(data.meetingId));
    expect(cardText(block)).toContain('Not changed.');
    expect(JSON.stringify(refused)).toContain('"verb":"rescheduleMeeting"');
  });

  it('moves a meeting with a message that the other attendees get in Teams, with the new time', async () => {
    // The representative has met the bot in a 1:1 chat (the bot cannot write first to someone it has never met).
    const repChat = 'a:representative-chat';
    await postActivity(
      service.baseUrl,
      teamsActivity(
        connector.serviceUrl,
        { aadObjectId: representative.aadObjectId },
        { type: 'message', text: 'help' },
        repChat,
      ),
    );
    const status = JSON.stringify(await invoke(chair, 'planMeetings', {}));
    const data = JSON.parse(/"verb":"rescheduleMeeting","data":(\{[^}]+\})/.exec(status)?.[1] ?? '{}');
    const current = /"id":"date","label":"New date","value":"(\d{4}-\d{2}-\d{2})"/.exec(status)?.[1] ?? '';
    const comment = 'Moved so that the SEN IA can join us after the county training day.';
    let moved: Card | undefined;
    for (let days = 1; days <= 14 && !moved; days++) {
      const date = new Date(Date.parse(`${current}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      const answer = await invoke(chair, 'rescheduleMeeting', { ...data, date, time: '15:45', message: comment });
      if (!cardText(answer).includes('Not changed.')) moved = answer;
    }
    expect(moved).toBeDefined();
    let notice: unknown;
    for (let i = 0; i < 100 && !notice; i++) {
      notice = connector.sent.find(
        (s) => s.conversationId === repChat && cardText(s.activity.attachments?.[0]?.content).includes('Meeting moved'),
      )?.activity.attachments?.[0]?.content;
      if (!notice) await new Promise((r) => setTimeout(r, 100));
    }
    expect(cardText(notice)).toContain(`"${comment}"`);
    expect(cardText(notice)).toMatch(/Now: \w+day \d{1,2} \w+ \d{4}, 15:45–/);
    expect(cardText(notice)).toContain(`Moved by ${chair.displayName}.`);
    const toMover = connector.sent.filter(
      (s) =>
        s.conversationId === conversation && cardText(s.activity.attachments?.[0]?.content).includes('Meeting moved'),
    );
    expect(toMover).toEqual([]);
  });

  it('cancels a meeting from the card with a comment for attendees', async () => {
    const status = await invoke(chair, 'planMeetings', {});
    const meetingId = /"verb":"cancelMeeting","data":\{"meetingId":"([^"]+)"/.exec(JSON.stringify(status))?.[1];
    const card = await invoke(chair, 'cancelMeeting', { meetingId, comment: 'Moved to the joint training day' });
    expect(cardText(card)).toContain('🚫 Cancelled: Moved to the joint training day');
    expect(cardText(card)).toContain('6 of 7 meetings are saved.');
  });

  it('lets an officer plan KiT meetings for all chairs from a card', async () => {
    const officer = demoPersonWith('officer');
    const plan = await invoke(officer, 'planKit', {});
    expect(cardText(plan)).toContain('Keeping in Touch with all chairs');
    const inputs = inputsOf(plan);
    expect(
      Object.keys(inputs)
        .filter((k) => k.startsWith('date_'))
        .sort(),
    ).toEqual(['date_2026-11', 'date_2027-02', 'date_2027-04', 'date_2027-07']);
    const updatesBefore = connector.updated.length;
    const created = await invoke(officer, 'createKit', { ...inputs, academicYear: '2026-27' });
    const final = await finalCard(created, updatesBefore);
    expect(cardText(final)).toContain('4 of 4 meetings are saved.');
    expect(cardText(await invoke(chair, 'planKit', {}))).toContain('Only KCC officers plan Keeping in Touch meetings.');
  });

  it("lets an officer plan one area's KiT meetings instead, chosen on the card, each area with its own", async () => {
    const officer = demoPersonWith('officer');
    const allChairs = JSON.stringify(await invoke(officer, 'planKit', {}));
    const choices = [...allChairs.matchAll(/"title":"([^"]+) chairs only","value":"([^"]+)"/g)];
    expect(choices.map((c) => c[1]).sort()).toEqual(['East Kent', 'North Kent', 'South Kent', 'West Kent']);
    const [, areaName, areaId] = choices[0] ?? [];
    const plan = await invoke(officer, 'planKit', { academicYear: '2026-27', kitArea: areaId });
    expect(cardText(plan)).toContain(`Keeping in Touch with ${areaName} chairs`);
    expect(JSON.stringify(plan)).toContain(`"verb":"createKit","data":{"academicYear":"2026-27","areaId":"${areaId}"}`);
    const updatesBefore = connector.updated.length;
    const created = await invoke(officer, 'createKit', { ...inputsOf(plan), academicYear: '2026-27', areaId });
    const final = await finalCard(created, updatesBefore);
    expect(cardText(final)).toContain(`Keeping in Touch with ${areaName} chairs`);
    expect(cardText(final)).toMatch(/(\d) of \1 meetings are saved\./);
    // The area's own cycle: asking for that area again shows its progress, not a plan; all chairs are untouched.
    const again = await invoke(officer, 'planKit', { academicYear: '2026-27', kitArea: areaId });
    expect(JSON.stringify(again)).not.toContain('"verb":"createKit"');
    const api = await signInAs(service.baseUrl, officer.email);
    const titles = (await api.call('GET', '/api/kit/2026-27/meetings')).body.meetings.map(
      (m: { title: string }) => m.title,
    );
    expect(titles.filter((t: string) => t.includes(`${areaName} chairs`)).length).toBeGreaterThan(0);
    expect(titles.filter((t: string) => t.includes('community chairs and KCC'))).toHaveLength(4);
  });

  /** The card as the chair finally sees it: the answer if it was already final, else the in-place update. */
  async function finalCard(answer: Card, updatesBefore: number): Promise<unknown> {
    if (!cardText(answer).includes('adding the meetings')) return answer;
    for (let i = 0; i < 100 && connector.updated.length === updatesBefore; i++)
      await new Promise((r) => setTimeout(r, 20));
    const update = connector.updated.at(-1);
    expect(update?.replyToId).toBe('card-1');
    return update?.activity.attachments?.[0]?.content;
  }
});
