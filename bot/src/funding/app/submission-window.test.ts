import { windowSentence } from './submission-window';

const meeting = (id: string, iso: string) => ({
  id,
  title: `Meeting ${id}`,
  startMs: Date.parse(iso),
  endMs: Date.parse(iso) + 90 * 60_000,
  timeZone: 'Europe/London',
});

describe('what the request form says about the agenda cut-off', () => {
  it('gives the day to submit by for the next meeting', () => {
    const december = meeting('dec', '2026-12-03T15:45:00Z');
    expect(
      windowSentence({ joins: december, nextMeeting: { ...december, submitBy: '2026-11-26' }, cutOffSchoolDays: 5 }),
    ).toBe('Submit by Thursday 26 November 2026 for the meeting on Thursday 3 December 2026.');
  });

  it('says when the next meeting is missed, why, and which meeting the request goes to instead', () => {
    const december = meeting('dec', '2026-12-03T15:45:00Z');
    const january = meeting('jan', '2027-01-12T15:45:00Z');
    expect(
      windowSentence({ joins: january, nextMeeting: { ...december, submitBy: '2026-11-26' }, cutOffSchoolDays: 5 }),
    ).toBe(
      'The next meeting, on Thursday 3 December 2026, closed to new requests on Thursday 26 November 2026 (requests reach the chair 5 school days before). Submitted now, your request goes to the meeting on Tuesday 12 January 2027.',
    );
  });

  it('says a request waits when no meeting is planned', () => {
    expect(windowSentence({ joins: null, nextMeeting: null, cutOffSchoolDays: 5 })).toBe(
      'No meeting is planned yet: your request waits and joins the first meeting the chair plans.',
    );
  });
});
