import { canManageCommunity, type Person, requireCommunityManager } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { NewOutboxMessage } from '../../platform/outbox/outbox-store';
import { formatZonedIso } from '../../platform/time/zoned-time';
import { checkedInput, invalid } from '../../platform/validation/checked-input';
import { type DatePoll, type DateTally, notYetAnswered, type PollDate, tallyPoll } from '../domain/date-poll';
import type { CreatedCycle } from './create-community-cycle';
import { pollAnswersSchema, startPollSchema } from './date-poll-input';
import type { DatePollStore } from './date-poll-store';
import type { SchedulingPorts, SchedulingSettings } from './ports';
import { communityOrRefuse, type ProposalOverrides, proposeCommunityCycle } from './propose-community-cycle';
import { schoolYearOrRefuse } from './school-year-or-refuse';

/** The notification kinds of polls: the question, a month asked again with a new date, and the reminder. */
export const POLL_NOTICES = {
  invited: 'date-poll-invited',
  dateChanged: 'date-poll-date-changed',
  reminder: 'date-poll-reminder',
} as const;

const DAY = 86_400_000;
/** How long people have to answer when the chair sets no deadline. */
const DEFAULT_ANSWER_DAYS = 14;
/** Reminders go to those who have not answered this long before the deadline. */
const REMINDER_BEFORE_MS = 7 * DAY;

/** A poll as one person sees it: the chair and officers see every answer; the people asked see their own. */
export interface PollView {
  poll: DatePoll;
  manager: boolean;
  tally: DateTally[];
  /** The person's own answers by month. */
  mine: Map<string, { works: boolean; reason: string | null }>;
}

/** What a poll's notifications say: enough for the card to ask the question without reading the store. */
type PollNoticeFacts = Pick<DatePoll, 'id' | 'communityName' | 'academicYearId' | 'closesAtMs' | 'dates'>;

/** A poll notification's payload: the community, the year, the deadline and the dates asked (never any answers). */
function pollNoticePayload(poll: PollNoticeFacts): Record<string, unknown> {
  return {
    pollId: poll.id,
    communityName: poll.communityName,
    academicYear: poll.academicYearId,
    closesAtMs: poll.closesAtMs,
    dates: poll.dates.map(({ month, startMs, endMs }) => ({ month, startMs, endMs })),
  };
}

/** What the poll use cases need besides the store: scheduling's ports, and creating the cycle as the chair would. */
export interface DatePollDeps {
  store: DatePollStore;
  ports: SchedulingPorts;
  settings: SchedulingSettings;
  createCycle: (
    person: Person,
    communityId: string,
    year: string,
    slots: { month: string; start: string; end: string }[],
  ) => Promise<CreatedCycle>;
  newId: () => string;
}

/**
 * Next year's dates confirmed together (KCC's June/July meeting): the chair puts the planner's dates to the
 * community, people answer Works / Can't make it, the chair re-plans a month that does not work and confirms.
 */
export function datePolls({ store, ports, settings, createCycle, newId }: DatePollDeps) {
  const notice = (kind: string, poll: PollNoticeFacts, personId: string, key: string): NewOutboxMessage => ({
    kind,
    to: { personId },
    payload: pollNoticePayload(poll),
    dedupeKey: `${kind}:${poll.id}:${key}:${personId}`,
  });
  const view = (poll: DatePoll, person: Person): PollView => ({
    poll,
    manager: canManageCommunity(person, poll.communityId),
    tally: tallyPoll(poll),
    mine: new Map(poll.answers.filter((a) => a.personId === person.id).map((a) => [a.month, a])),
  });
  /** The poll, if the person may see it (its community's chair, officers, and the people asked). */
  const visible = async (person: Person, pollId: string): Promise<DatePoll> => {
    const poll = await store.poll(pollId);
    const asked = poll?.invitees.some((i) => i.personId === person.id);
    if (!poll || !(asked || canManageCommunity(person, poll.communityId))) {
      throw new UserFacingError('not-found', 'There is no such poll, or it is not for you.');
    }
    return poll;
  };
  const managed = async (person: Person, pollId: string, action: string): Promise<DatePoll> => {
    const poll = await visible(person, pollId);
    requireCommunityManager(person, poll.communityId);
    if (poll.status !== 'open')
      throw new UserFacingError('conflict', `The poll is ${poll.status}: nothing to ${action}.`);
    return poll;
  };

  return {
    /** Puts the planner's dates for a community's year to everyone who attends its meetings (chairs, officers). */
    start: async (person: Person, communityId: string, year: string, raw: unknown) => {
      const input = checkedInput(startPollSchema, raw, 'The poll');
      requireCommunityManager(person, communityId);
      const community = await communityOrRefuse(ports, communityId);
      await schoolYearOrRefuse(ports.meetings, year);
      if (await ports.meetings.findCycle({ kind: 'community', communityId, areaId: null, academicYearId: year })) {
        throw new UserFacingError('conflict', `${community.name} already has its ${year} meetings: nothing to ask.`);
      }
      const open = await store.openPollId(communityId, year);
      if (open) return { pollId: open, created: false };
      const plan = await proposeCommunityCycle(ports, settings, person, communityId, year);
      if (plan.meetings.length === 0) {
        throw new UserFacingError(
          'conflict',
          `The planner found no dates for ${year}: ${plan.unplaced.map((u) => u.reason).join(' ')}`,
        );
      }
      const now = ports.now();
      const closesAtMs = input.closesAt ? Date.parse(input.closesAt) : now + DEFAULT_ANSWER_DAYS * DAY;
      if (closesAtMs <= now) throw invalid('The poll', { closesAt: 'The deadline must be in the future.' });
      const pollId = newId();
      const dates = plan.meetings.map((m) => ({ month: m.month, startMs: m.startMs, endMs: m.endMs, round: 1 }));
      const facts = { id: pollId, communityName: community.name, academicYearId: year, closesAtMs, dates };
      const created = await store.create(
        {
          id: pollId,
          communityId,
          academicYearId: year,
          createdBy: person.id,
          closesAtMs,
          dates,
          inviteeIds: community.attendees.map((a) => a.personId).filter((id) => id !== person.id),
        },
        (personId) => notice(POLL_NOTICES.invited, facts, personId, 'invite'),
      );
      // Two chairs' clicks at once: the other made the poll; answer with it.
      if (!created) return { pollId: (await store.openPollId(communityId, year)) as string, created: false };
      return { pollId, created: true };
    },
    /** The open poll of a community's year, if there is one. */
    openPollId: (communityId: string, year: string) => store.openPollId(communityId, year),
    /** The poll as the person sees it. */
    get: async (person: Person, pollId: string): Promise<PollView> => view(await visible(person, pollId), person),
    /** A community's poll of a year (the open one, else the latest), if the person may see it. */
    ofYear: async (person: Person, communityId: string, year: string): Promise<PollView> => {
      const pollId = await store.latestPollId(communityId, year);
      if (!pollId) throw new UserFacingError('not-found', `Nobody has been asked about ${year}'s dates yet.`);
      return view(await visible(person, pollId), person);
    },
    /** Records the person's answers (changeable until the chair confirms). */
    answer: async (person: Person, pollId: string, raw: unknown): Promise<PollView> => {
      const poll = await visible(person, pollId);
      if (!poll.invitees.some((i) => i.personId === person.id)) {
        throw new UserFacingError('forbidden', 'You can only answer a poll you were asked to answer.');
      }
      const { answers } = checkedInput(pollAnswersSchema, raw, 'Your answers');
      const problems: Record<string, string> = {};
      answers.forEach((a, i) => {
        if (!poll.dates.some((d) => d.month === a.month))
          problems[`answers[${i}].month`] = `The poll has no date for ${a.month}.`;
        else if (answers.findIndex((b) => b.month === a.month) !== i)
          problems[`answers[${i}].month`] = `${a.month} is answered twice.`;
      });
      if (Object.keys(problems).length > 0) throw invalid('Your answers', problems);
      const saved = await store.answer(
        pollId,
        person.id,
        answers.map((a) => ({ month: a.month, works: a.works, reason: a.works ? null : (a.reason ?? null) })),
      );
      if (!saved) throw new UserFacingError('conflict', 'The chair has closed this poll: the dates are decided.');
      return view((await store.poll(pollId)) as DatePoll, person);
    },
    /** "Suggest another date": the planner's next date in that month, avoiding every date already put for it. */
    suggestAnother: async (person: Person, pollId: string, month: string): Promise<PollView> => {
      const poll = await managed(person, pollId, 'change');
      const current = poll.dates.find((d) => d.month === month);
      if (!current) throw new UserFacingError('not-found', `The poll has no date for ${month}.`);
      const exclude = [
        { startMs: current.startMs, endMs: current.endMs, description: 'the date the community was asked' },
        ...poll.earlierDates
          .filter((d) => d.month === month)
          .map((d) => ({ startMs: d.startMs, endMs: d.endMs, description: 'a date the community was asked before' })),
      ];
      const attempt = (window: ProposalOverrides['window']) =>
        proposeCommunityCycle(ports, settings, person, poll.communityId, poll.academicYearId, {
          months: [Number(month.slice(5, 7))],
          window,
          exclude,
        });
      let plan = await attempt({ firstDay: 1, lastDay: 14 });
      if (plan.meetings.length === 0) plan = await attempt({ firstDay: 1, lastDay: 31 });
      const next = plan.meetings[0];
      if (!next)
        throw new UserFacingError(
          'conflict',
          `There is no other date in ${month}: ${plan.unplaced[0]?.reason ?? ''}`.trim(),
        );
      const date: Omit<PollDate, 'round'> = { month, startMs: next.startMs, endMs: next.endMs };
      const asked = { ...poll, dates: [{ ...date, round: current.round + 1 }] };
      const changed = await store.replaceDate(pollId, date, person.id, (personId, round) =>
        notice(POLL_NOTICES.dateChanged, asked, personId, `${month}:${round}`),
      );
      if (!changed) throw new UserFacingError('conflict', 'The poll has been confirmed meanwhile.');
      return view((await store.poll(pollId)) as DatePoll, person);
    },
    /** Creates the year's meetings from the poll's dates, as Plan meetings would, and closes the poll. */
    confirm: async (person: Person, pollId: string): Promise<{ cycleId: string }> => {
      const poll = await visible(person, pollId);
      requireCommunityManager(person, poll.communityId);
      if (poll.status === 'confirmed' && poll.cycleId) return { cycleId: poll.cycleId };
      if (poll.status !== 'open') throw new UserFacingError('conflict', 'The poll was closed without dates.');
      const community = await communityOrRefuse(ports, poll.communityId);
      const slots = poll.dates.map((d) => ({
        month: d.month,
        start: formatZonedIso(d.startMs, community.timeZone),
        end: formatZonedIso(d.endMs, community.timeZone),
      }));
      const { cycleId } = await createCycle(person, poll.communityId, poll.academicYearId, slots);
      await store.confirm(pollId, cycleId, person.id);
      return { cycleId };
    },
    /** Reminds those who have not answered, once, when the deadline is a week away (a periodic job). */
    queueReminders: async (): Promise<number> => {
      const now = ports.now();
      const polls = await store.openPollsClosingBetween(now, now + REMINDER_BEFORE_MS);
      return store.enqueue(
        polls.flatMap((poll) =>
          notYetAnswered(poll).map((personId) => notice(POLL_NOTICES.reminder, poll, personId, 'reminder')),
        ),
      );
    },
  };
}

/** The poll use cases, as the API and Teams call them. */
export type DatePollService = ReturnType<typeof datePolls>;
