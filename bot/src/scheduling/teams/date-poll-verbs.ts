import type { Person } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { problemCard } from '../../platform/cards/problem-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { DatePollService, PollView } from '../app/date-polls';
import { pollQuestionCard } from './poll-question-card';
import { pollTallyCard } from './poll-tally-card';

/** The chair's tally card, or the question card of someone asked, for a poll as the person sees it. */
export function pollCardFor(view: PollView, note?: { text: string; problem: boolean }): AdaptiveCard {
  const { poll } = view;
  if (view.manager) {
    const name = new Map(poll.invitees.map((i) => [i.personId, i.displayName]));
    return pollTallyCard({
      pollId: poll.id,
      communityName: poll.communityName,
      academicYear: poll.academicYearId,
      closesAtMs: poll.closesAtMs,
      status: poll.status,
      problem: note?.problem ? note.text : undefined,
      dates: view.tally.map((d) => ({
        ...d,
        works: d.works.map((id) => name.get(id) ?? id),
        cannot: d.cannot.map((c) => ({ name: name.get(c.personId) ?? c.personId, reason: c.reason })),
        pending: d.pending.map((id) => name.get(id) ?? id),
      })),
    });
  }
  return pollQuestionCard({
    pollId: poll.id,
    heading: `Next year's meeting dates: ${poll.communityName}`,
    communityName: poll.communityName,
    academicYear: poll.academicYearId,
    closesAtMs: poll.closesAtMs,
    open: poll.status === 'open',
    note,
    dates: poll.dates.map((d) => ({ ...d, ...view.mine.get(d.month) })),
  });
}

/** The answers on a question card (`works_YYYY-MM` = yes/no, `reason_YYYY-MM`), as the API takes them. */
function answersFromCard(data: Record<string, unknown>) {
  return Object.keys(data)
    .filter((key) => key.startsWith('works_') && (data[key] === 'yes' || data[key] === 'no'))
    .sort()
    .map((key) => {
      const month = key.slice('works_'.length);
      const reason = typeof data[`reason_${month}`] === 'string' ? String(data[`reason_${month}`]).trim() : '';
      return { month, works: data[key] === 'yes', reason: reason || null };
    });
}

/** Runs a poll action from a card and answers with the poll's card; a refusal shows on the same card. */
async function onPollCard(
  person: Person,
  pollId: string,
  polls: DatePollService,
  work: () => Promise<PollView>,
  saved?: string,
): Promise<AdaptiveCard> {
  try {
    const view = await work();
    return pollCardFor(view, saved ? { text: saved, problem: false } : undefined);
  } catch (error) {
    // Not theirs to see or do: the bot's one refusal card. Otherwise the problem shows on the poll's card.
    if (!(error instanceof UserFacingError) || error.code === 'not-found' || error.code === 'forbidden') throw error;
    return pollCardFor(await polls.get(person, pollId), { text: error.message, problem: true });
  }
}

/** The poll's card verbs: answer, look again (also the refresh), suggest another date, confirm. */
export function datePollVerbs(polls: DatePollService) {
  const idOf = (data: Record<string, unknown>) => (typeof data.pollId === 'string' ? data.pollId : '');
  return {
    /** "Ask the community first" on the planning card: starts the poll (or finds the open one); the chair's tally. */
    start: async (person: Person, data: Record<string, unknown>) => {
      const communityId = String(data.communityId ?? '');
      const year = String(data.academicYear ?? '');
      try {
        const { pollId } = await polls.start(person, communityId, year, {});
        return pollCardFor(await polls.get(person, pollId));
      } catch (error) {
        if (error instanceof UserFacingError && error.code === 'invalid') return problemCard(error.message, []);
        throw error;
      }
    },
    answer: (person: Person, data: Record<string, unknown>) =>
      onPollCard(
        person,
        idOf(data),
        polls,
        () => polls.answer(person, idOf(data), { answers: answersFromCard(data) }),
        'Thank you: your answers are saved. You can change them until the chair confirms the dates.',
      ),
    show: (person: Person, data: Record<string, unknown>) =>
      onPollCard(person, idOf(data), polls, () => polls.get(person, idOf(data))),
    suggest: (person: Person, data: Record<string, unknown>) =>
      onPollCard(person, idOf(data), polls, () =>
        polls.suggestAnother(person, idOf(data), typeof data.month === 'string' ? data.month : ''),
      ),
    /** Confirms, then answers with `then`'s card (the new cycle's status); a refusal shows on the tally card. */
    confirm: async (
      person: Person,
      data: Record<string, unknown>,
      then: (cycleId: string) => Promise<AdaptiveCard>,
    ): Promise<AdaptiveCard> => {
      let cycleId: string;
      try {
        cycleId = (await polls.confirm(person, idOf(data))).cycleId;
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error;
        return onPollCard(person, idOf(data), polls, () => Promise.reject(error));
      }
      return then(cycleId);
    },
  };
}
