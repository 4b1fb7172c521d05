import { signInAs, type TestApi } from '../../../../test/support/api-client';
import {
  createThrowawayDatabase,
  databaseEngines,
  type ThrowawayDatabase,
} from '../../../../test/support/database-targets';
import { demoPersonOutside, demoPersonWith } from '../../../../test/support/demo-people';
import { startTestService, type TestService } from '../../../../test/support/start-test-service';

describe.each(databaseEngines())('scheduling a community year through the API (%s)', (engine) => {
  let database: ThrowawayDatabase;
  let service: TestService;
  let chair: TestApi;
  let officer: TestApi;
  let representative: TestApi;
  const chairPerson = demoPersonWith('chair', true);
  const community = chairPerson.roles[0]?.communityId as string;

  beforeAll(async () => {
    database = await createThrowawayDatabase(engine);
    service = await startTestService({}, { database: database.target });
    chair = await signInAs(service.baseUrl, chairPerson.email);
    officer = await signInAs(service.baseUrl, demoPersonWith('officer').email);
    representative = await signInAs(service.baseUrl, demoPersonWith('representative').email);
  });
  afterAll(async () => {
    await service?.stop();
    await database?.drop();
  });

  const proposal = (api: TestApi, id = community, year = '2026-27', body: unknown = {}) =>
    api.call('POST', `/api/communities/${id}/cycles/${year}/proposal`, body);

  it('proposes seven meetings for 2026-27 in London time, each with a reason', async () => {
    const { status, body } = await proposal(chair, community, '2026-27', { weekdays: [2], startTime: '15:45' });
    expect(status).toBe(200);
    expect(body.unplaced).toEqual([]);
    expect(body.skipped).toEqual([]);
    expect(body.meetings.map((m: { month: string }) => m.month)).toEqual([
      '2026-09',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-03',
      '2027-05',
      '2027-06',
    ]);
    expect(body.meetings[0]).toEqual({
      month: '2026-09',
      start: '2026-09-01T15:45:00+01:00',
      end: '2026-09-01T17:15:00+01:00',
      reason: 'The first Tuesday in 1–14 September that is a school day with everyone free.',
      outsideWindow: false,
    });
  });

  it('refuses people who are not the chair or an officer, and bad input, naming the problem', async () => {
    expect((await proposal(representative)).status).toBe(403);
    expect((await proposal(chair, 'no-such-community')).status).toBe(403);
    expect((await proposal(officer, 'no-such-community')).status).toBe(404);
    const badYear = await proposal(chair, community, '2026');
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors).toEqual({ year: 'format YYYY-YY, e.g. 2026-27' });
    const badTime = await proposal(chair, community, '2026-27', { startTime: '3pm', weekdays: [6] });
    expect(badTime.status).toBe(400);
    expect(badTime.headers.get('content-type')).toContain('application/problem+json');
    expect(Object.keys(badTime.body.errors).sort()).toEqual(['startTime', 'weekdays[0]']);
  });

  it('refuses a year without term dates, saying how to add them, until an officer adds them', async () => {
    const missing = await proposal(chair, community, '2027-28');
    expect(missing.status).toBe(409);
    expect(missing.body.title).toContain('Term dates for 2027-28 are not in the app yet');
    const terms = [
      ['2027-09-01', '2027-10-22'],
      ['2027-11-01', '2027-12-17'],
      ['2028-01-04', '2028-02-11'],
      ['2028-02-21', '2028-03-31'],
      ['2028-04-18', '2028-05-26'],
      ['2028-06-05', '2028-07-21'],
    ].map(([startsOn, endsOn], i) => ({ term: i + 1, startsOn, endsOn }));
    expect((await chair.call('PUT', '/api/academic-years/2027-28/terms', { terms })).status).toBe(403);
    expect((await chair.call('GET', '/api/academic-years/2027-28/terms')).status).toBe(404);
    const overlapping = terms.map((t) => (t.term === 2 ? { ...t, startsOn: '2027-10-20' } : t));
    const refused = await officer.call('PUT', '/api/academic-years/2027-28/terms', { terms: overlapping });
    expect(refused.status).toBe(400);
    expect(refused.body.errors['terms[1].startsOn']).toBe('Term 2 starts before term 1 ends.');
    expect((await officer.call('PUT', '/api/academic-years/2027-28/terms', { terms })).status).toBe(200);
    expect((await chair.call('GET', '/api/academic-years/2027-28/terms')).body).toEqual({
      academicYear: '2027-28',
      terms,
    });
    expect((await proposal(chair, community, '2027-28')).body.meetings).toHaveLength(7);
  });

  it('refuses chosen dates when schools are closed, changing nothing', async () => {
    const { body } = await proposal(chair);
    const slots = body.meetings.map((m: { month: string; start: string; end: string }) => ({
      month: m.month,
      start: m.start,
      end: m.end,
    }));
    slots[1] = { month: '2026-12', start: '2026-12-22T15:45:00Z', end: '2026-12-22T17:15:00Z' };
    const refused = await chair.call('POST', `/api/communities/${community}/cycles/2026-27`, { meetings: slots });
    expect(refused.status).toBe(400);
    expect(refused.body.errors['meetings[2].month']).toBe('There is already a meeting for 2026-12.');
    expect(refused.body.errors['meetings[1].start']).toBe(
      '22 December 2026 is the Christmas holidays; schools are closed.',
    );
    expect((await chair.call('GET', `/api/communities/${community}/meetings?year=2026-27`)).body.meetings).toEqual([]);
  });

  it('creates the year, recognises a retry, and reports every meeting created', async () => {
    const { body } = await proposal(chair);
    const slots = body.meetings.map((m: { month: string; start: string; end: string }) => ({
      month: m.month,
      start: m.start,
      end: m.end,
    }));
    const first = await chair.call('POST', `/api/communities/${community}/cycles/2026-27`, { meetings: slots });
    expect(first.status).toBe(202);
    const retry = await chair.call('POST', `/api/communities/${community}/cycles/2026-27`, { meetings: slots });
    expect(retry.body).toEqual({ cycleId: first.body.cycleId, alreadyExisted: true });
    const cycle = await waitForCycle(chair, first.body.cycleId);
    expect(cycle.meetings.map((m: { status: string }) => m.status)).toEqual(Array(7).fill('created'));
    expect(cycle.meetings[0].start).toBe(slots[0].start);
    const changed = [...slots.slice(1)];
    const conflict = await chair.call('POST', `/api/communities/${community}/cycles/2026-27`, { meetings: changed });
    expect(conflict.status).toBe(409);
    expect((await representative.call('GET', `/api/cycles/${first.body.cycleId}`)).status).toBe(404);
  });

  it('lets a member see the meetings and download them as an .ics file', async () => {
    const memberOfCommunity = await signInAs(service.baseUrl, demoPersonWith('senInclusionAdviser').email);
    const list = await memberOfCommunity.call('GET', `/api/communities/${community}/meetings?year=2026-27`);
    expect(list.body.meetings).toHaveLength(7);
    const ics = await chair.call('GET', `/api/communities/${community}/cycles/2026-27.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(7);
    const firstStart = new Date(list.body.meetings[0].start).toISOString().replace(/[-:]/g, '').slice(0, 15);
    expect(ics.text).toContain(`DTSTART:${firstStart}Z`);
    const single = await memberOfCommunity.call('GET', `/api/meetings/${list.body.meetings[0].id}.ics`);
    expect(single.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const outsider = await signInAs(service.baseUrl, demoPersonOutside('representative', community).email);
    expect((await outsider.call('GET', `/api/communities/${community}/meetings`)).status).toBe(403);
    expect((await outsider.call('GET', `/api/meetings/${list.body.meetings[0].id}.ics`)).status).toBe(404);
  });

  it('reschedules a meeting to another school day and cancels one with a comment for attendees', async () => {
    const [september, november] = (await chair.call('GET', `/api/communities/${community}/meetings?year=2026-27`)).body
      .meetings;
    const weekend = await chair.call('PATCH', `/api/meetings/${september.id}`, {
      start: '2026-09-05T15:45:00+01:00',
      end: '2026-09-05T17:15:00+01:00',
    });
    expect(weekend.status).toBe(400);
    const named = await chair.call('PATCH', `/api/meetings/${september.id}`, {
      start: '2026-09-08T16:00:00+01:00',
      end: '2026-09-08T17:30:00+01:00',
      comment: 'Moved because Chloé has her review that afternoon.',
    });
    expect(named.status).toBe(400);
    expect(named.body.errors).toEqual({ comment: expect.stringContaining("looks like a pupil's name") });
    const moved = await chair.call('PATCH', `/api/meetings/${september.id}`, {
      start: '2026-09-08T16:00:00+01:00',
      end: '2026-09-08T17:30:00+01:00',
      comment: 'Moved by an hour for the county training day.',
    });
    expect(moved.body).toMatchObject({ start: '2026-09-08T16:00:00+01:00', status: 'created' });
    expect((await chair.call('POST', `/api/meetings/${november.id}/cancel`, {})).status).toBe(400);
    const cancelled = await chair.call('POST', `/api/meetings/${november.id}/cancel`, {
      comment: 'Clashes with the Ofsted visit',
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelComment: 'Clashes with the Ofsted visit' });
    expect((await chair.call('POST', `/api/meetings/${november.id}/cancel`, { comment: 'again' })).status).toBe(409);
    const ics = await chair.call('GET', `/api/communities/${community}/cycles/2026-27.ics`);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(6);
  });
});

async function waitForCycle(api: TestApi, cycleId: string) {
  for (let i = 0; i < 100; i++) {
    const { body } = await api.call('GET', `/api/cycles/${cycleId}`);
    if (body.meetings.every((m: { status: string }) => m.status === 'created' || m.status === 'failed')) return body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('The cycle did not finish');
}

describe('planning a year that has already begun, through the API', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({}, {}, () => Date.parse('2026-12-02T09:00:00Z'));
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('says which months were left out because they are over, instead of leaving them out without a word', async () => {
    const chair = demoPersonWith('chair', true);
    const api = await signInAs(service.baseUrl, chair.email);
    const { status, body } = await api.call(
      'POST',
      `/api/communities/${chair.roles[0]?.communityId}/cycles/2026-27/proposal`,
      {},
    );
    expect(status).toBe(200);
    expect(body.meetings.map((m: { month: string }) => m.month)).toEqual([
      '2026-12',
      '2027-01',
      '2027-03',
      '2027-05',
      '2027-06',
    ]);
    expect(body.skipped).toEqual([
      { month: '2026-09', reason: 'September 2026 is over, so it has no meeting this year.' },
      { month: '2026-11', reason: 'November 2026 is over, so it has no meeting this year.' },
    ]);
  });
});
