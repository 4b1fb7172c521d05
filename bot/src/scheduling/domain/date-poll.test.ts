import { isPollSeason, notYetAnswered, tallyPoll } from './date-poll';

describe('the rules of a poll of next year’s dates', () => {
  const poll = {
    dates: [
      { month: '2027-09', startMs: 1, endMs: 2, round: 1 },
      { month: '2027-11', startMs: 3, endMs: 4, round: 2 },
    ],
    invitees: ['a', 'b', 'c'].map((personId) => ({ personId, displayName: personId.toUpperCase() })),
    answers: [
      { personId: 'a', month: '2027-09', works: true, reason: null },
      { personId: 'a', month: '2027-11', works: false, reason: 'Exam week' },
      { personId: 'b', month: '2027-09', works: true, reason: null },
      { personId: 'stranger', month: '2027-09', works: false, reason: 'not asked' },
    ],
  };

  it('tallies each date in invitation order, and ignores answers from anyone not asked', () => {
    expect(tallyPoll(poll)).toEqual([
      { month: '2027-09', startMs: 1, endMs: 2, round: 1, works: ['a', 'b'], cannot: [], pending: ['c'] },
      {
        month: '2027-11',
        startMs: 3,
        endMs: 4,
        round: 2,
        works: [],
        cannot: [{ personId: 'a', reason: 'Exam week' }],
        pending: ['b', 'c'],
      },
    ]);
  });

  it('reminds whoever has a date left to answer', () => {
    expect(notYetAnswered(poll)).toEqual(['b', 'c']);
  });

  it('is offered from 1 May until the year starts', () => {
    expect(isPollSeason('2027-28', '2027-04-30')).toBe(false);
    expect(isPollSeason('2027-28', '2027-05-01')).toBe(true);
    expect(isPollSeason('2027-28', '2027-08-31')).toBe(true);
    expect(isPollSeason('2027-28', '2027-09-01')).toBe(false);
  });
});
