/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meWith, renderPage } from '../../../test/support/render-page';
import { nearAcademicYears } from '../components/dates';
import { MeetingsPage } from './meetings-page';

describe('the Meetings page', () => {
  it('lists my community meetings with a join link, in UK time', async () => {
    const me = meWith([
      { role: 'representative', communityId: 'dover-east', communityName: 'Dover East', schoolId: 's1', label: 'x' },
    ]);
    const { requested } = renderPage(<MeetingsPage />, me, {
      '/api/next-meetings': { communities: [] },
      '/api/communities/dover-east/meetings': {
        meetings: [
          {
            id: 'm1',
            title: 'Dover East meeting',
            start: '2026-09-08T15:45:00+01:00',
            end: '2026-09-08T17:15:00+01:00',
            status: 'created',
            joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
          },
        ],
      },
    });
    expect(await screen.findByText('Tuesday 8 September 2026, 15:45–17:15')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/meetup-join/abc',
    );
    expect(screen.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeTruthy();
    expect(requested).toContainEqual(
      expect.stringMatching(/^\/api\/communities\/dover-east\/meetings\?year=\d{4}-\d{2}$/),
    );
  });

  it('tells a chair how to plan the year when nothing is planned', async () => {
    const me = meWith([{ role: 'chair', communityId: 'dover-east', communityName: 'Dover East', label: 'x' }]);
    renderPage(<MeetingsPage />, me, {
      '/api/next-meetings': { communities: [] },
      '/api/communities/dover-east/meetings': { meetings: [] },
    });
    expect(await screen.findByText(/type "plan meetings"/)).toBeTruthy();
  });

  it("shows each of my communities' next meeting first: when, the agenda's requests (mine marked) and the join link", async () => {
    const me = meWith([
      { role: 'representative', communityId: 'dover-east', communityName: 'Dover East', schoolId: 's1', label: 'x' },
    ]);
    const { requested } = renderPage(
      <MeetingsPage />,
      me,
      {
        '/api/next-meetings': {
          communities: [
            {
              communityId: 'dover-east',
              communityName: 'Dover East Community of Schools',
              chairs: ['Helen Marsh'],
              meeting: {
                id: 'm1',
                start: '2026-09-08T14:45:00Z',
                end: '2026-09-08T16:15:00Z',
                joinUrl: 'https://teams.microsoft.com/l/meetup-join/next',
                invited: ['Helen Marsh'],
              },
              requests: [
                {
                  requestId: 'r1',
                  schoolName: 'Aycliffe Primary',
                  yearGroup: 'R',
                  amountPence: 250050,
                  mySchool: true,
                },
              ],
              requestsOnAgenda: 3,
              forServices: null,
            },
          ],
        },
        '/api/communities/dover-east/meetings': { meetings: [] },
      },
      '/meetings?meeting=m1',
    );
    const card = await screen.findByRole('group', { name: 'Dover East Community of Schools' });
    expect(card.textContent).toContain('Chair: Helen Marsh');
    expect(card.textContent).toContain('Tuesday 8 September 2026, 15:45–17:15');
    expect(card.textContent).toContain('3 funding requests on the agenda, 1 from your school.');
    expect(card.textContent).toContain('Aycliffe Primary, Reception: £2,500.50');
    expect(screen.getByRole('link', { name: 'Join in Teams' }).getAttribute('href')).toBe(
      'https://teams.microsoft.com/l/meetup-join/next',
    );
    // The bot card's "Add to calendar" opened the page for this meeting: its calendar file is one press away.
    const add = screen.getByRole('button', {
      name: 'Add to calendar (.ics): the meeting on Tuesday 8 September 2026, 15:45–17:15',
    });
    fireEvent.click(add);
    await waitFor(() => expect(requested).toContain('/api/meetings/m1.ics'));
  });

  it('says a meeting is saved in the app, not in calendars, when no Microsoft 365 calendar is connected', async () => {
    const me = meWith([{ role: 'chair', communityId: 'dover-east', communityName: 'Dover East', label: 'x' }]);
    renderPage(<MeetingsPage />, me, {
      '/api/next-meetings': { communities: [] },
      '/api/communities/dover-east/meetings': {
        calendar: 'local',
        meetings: [
          {
            id: 'm1',
            title: 'Dover East meeting',
            start: '2026-09-08T15:45:00+01:00',
            end: '2026-09-08T17:15:00+01:00',
            status: 'created',
            joinUrl: null,
          },
        ],
      },
    });
    expect(await screen.findByText('Saved in the app: add it with the .ics')).toBeTruthy();
    expect(screen.queryByText('In calendars')).toBeNull();
  });

  describe("next year's dates, asked of the community", () => {
    const next = nearAcademicYears()[2] as string;
    const pollPath = `/api/communities/dover-east/cycles/${next}/poll`;
    const dates = [
      { month: '2027-09', start: '2027-09-14T14:45:00Z', end: '2027-09-14T16:15:00Z' },
      { month: '2027-11', start: '2027-11-09T15:45:00Z', end: '2027-11-09T17:15:00Z' },
    ];
    const poll = (extra: object, perDate: (i: number) => object) => ({
      id: 'poll-1',
      communityName: 'Dover East',
      academicYear: next,
      status: 'open',
      closesAt: '2027-06-20T16:00:00Z',
      cycleId: null,
      dates: dates.map((d, i) => ({ ...d, mine: null, ...perDate(i) })),
      ...extra,
    });
    const bodyOf = (sent: { path: string; body?: string }[], path: string) =>
      JSON.parse(sent.find((s) => s.path === path)?.body ?? 'null');

    it('lets a representative who was asked answer each date, with a reason for one that does not work', async () => {
      const me = meWith([
        { role: 'representative', communityId: 'dover-east', communityName: 'Dover East', schoolId: 's1', label: 'x' },
      ]);
      const { sent } = renderPage(
        <MeetingsPage />,
        me,
        {
          '/api/next-meetings': { communities: [] },
          '/api/communities/dover-east/meetings': { meetings: [] },
          [pollPath]: poll({}, () => ({})),
          '/api/polls/poll-1/answers': poll({}, () => ({})),
        },
        `/meetings?year=${next}`,
      );
      const september = await screen.findByRole('radiogroup', { name: /^September 2027/ });
      fireEvent.click(within(september).getByRole('radio', { name: 'Works' }));
      fireEvent.click(
        within(screen.getByRole('radiogroup', { name: /^November 2027/ })).getByRole('radio', {
          name: "Can't make it",
        }),
      );
      fireEvent.change(screen.getByRole('textbox', { name: /Why not, for November 2027/ }), {
        target: { value: 'Our Year 6 residential trip' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
      expect(await screen.findByText(/Your answers are with the chair/)).toBeTruthy();
      expect(bodyOf(sent, '/api/polls/poll-1/answers')).toEqual({
        answers: [
          { month: '2027-09', works: true },
          { month: '2027-11', works: false, reason: 'Our Year 6 residential trip' },
        ],
      });
      // Those asked never see the Confirm button or the others' answers.
      expect(screen.queryByRole('button', { name: 'Confirm these dates' })).toBeNull();
    });

    it("shows the chair who can't come and why, who has not answered, and re-plans or confirms", async () => {
      const me = meWith([{ role: 'chair', communityId: 'dover-east', communityName: 'Dover East', label: 'x' }]);
      const tallied = poll(
        {
          invitees: [
            { personId: 'a', displayName: 'Wendy Jessop' },
            { personId: 'b', displayName: 'Omar Haddad' },
          ],
        },
        (i) =>
          i === 0
            ? { works: ['a', 'b'], cannot: [], pending: [] }
            : { works: [], cannot: [{ personId: 'a', reason: 'Exam week' }], pending: ['b'] },
      );
      const { sent } = renderPage(
        <MeetingsPage />,
        me,
        {
          '/api/next-meetings': { communities: [] },
          '/api/communities/dover-east/meetings': { meetings: [] },
          [pollPath]: tallied,
          '/api/polls/poll-1': tallied,
        },
        `/meetings?year=${next}`,
      );
      const table = await screen.findByRole('table', { name: `Answers for ${next}` });
      expect(table.textContent).toContain('Wendy Jessop: Exam week');
      expect(table.textContent).toContain('Omar Haddad');
      expect(screen.queryByRole('button', { name: 'Suggest another date for September 2027' })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Suggest another date for November 2027' }));
      expect(await screen.findByText(/A new date for November 2027 has gone to everyone asked/)).toBeTruthy();
      expect(sent.map((s) => `${s.method} ${s.path}`)).toContain('POST /api/polls/poll-1/dates/2027-11/replan');
      fireEvent.click(screen.getByRole('button', { name: 'Confirm these dates' }));
      expect(await screen.findByText(/meetings are being added to calendars/)).toBeTruthy();
      expect(sent.map((s) => `${s.method} ${s.path}`)).toContain('POST /api/polls/poll-1/confirm');
    });

    it('offers a chair with no meetings for the year to ask the community first', async () => {
      const me = meWith([{ role: 'chair', communityId: 'dover-east', communityName: 'Dover East', label: 'x' }]);
      const { sent } = renderPage(
        <MeetingsPage />,
        me,
        {
          '/api/next-meetings': { communities: [] },
          '/api/communities/dover-east/meetings': { meetings: [] },
        },
        `/meetings?year=${next}`,
      );
      fireEvent.click(await screen.findByRole('button', { name: 'Ask the community first' }));
      await waitFor(() => expect(sent.map((s) => `${s.method} ${s.path}`)).toContain(`POST ${pollPath}`));
    });
  });

  it('lets an officer add the term dates of a year the app does not have yet', async () => {
    const me = meWith([{ role: 'officer', label: 'KCC officer' }]);
    const next = nearAcademicYears()[2] as string;
    const { sent } = renderPage(
      <MeetingsPage />,
      me,
      { '/api/next-meetings': { communities: [] } },
      `/meetings?year=${next}`,
    );
    fireEvent.click(await screen.findByRole('button', { name: `Term dates for ${next}` }));
    expect(await screen.findByText(new RegExp(`Term dates for ${next} are not in the app yet`))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Save the term dates for ${next}` }));
    expect(await screen.findByText("Give term 1's first day.")).toBeTruthy();
    expect(sent.some((s) => s.method === 'PUT')).toBe(false);
    const first = Number(next.slice(0, 4));
    const days = [
      ['09-01', '10-22'],
      ['11-01', '12-17'],
      ['01-04', '02-11'],
      ['02-21', '03-31'],
      ['04-18', '05-26'],
      ['06-05', '07-21'],
    ].map(([a, b], i) => [`${first + (i < 2 ? 0 : 1)}-${a}`, `${first + (i < 2 ? 0 : 1)}-${b}`]);
    days.forEach(([startsOn, endsOn], i) => {
      fireEvent.change(screen.getByLabelText(`Term ${i + 1} starts`), { target: { value: startsOn } });
      fireEvent.change(screen.getByLabelText(`Term ${i + 1} ends`), { target: { value: endsOn } });
    });
    fireEvent.click(screen.getByRole('button', { name: `Save the term dates for ${next}` }));
    await waitFor(() => expect(sent.some((s) => s.method === 'PUT')).toBe(true));
    const put = sent.find((s) => s.method === 'PUT');
    expect(put?.path).toBe(`/api/academic-years/${next}/terms`);
    expect(JSON.parse(put?.body ?? '{}').terms).toEqual(
      days.map(([startsOn, endsOn], i) => ({ term: i + 1, startsOn, endsOn })),
    );
  });
});
