import type { NewOutboxMessage } from '../../platform/outbox/outbox-store';
import type { DatePoll, PollAnswer, PollDate } from '../domain/date-poll';

/** A poll to store, with the invitation each person is sent in the same transaction. */
export interface NewDatePoll {
  id: string;
  communityId: string;
  academicYearId: string;
  createdBy: string;
  closesAtMs: number;
  dates: Omit<PollDate, 'round'>[];
  inviteeIds: string[];
}

/** Polls of next year's dates; every change is audited in its own transaction, its notifications queued with it. */
export interface DatePollStore {
  /** The open poll of a community's year, if there is one. */
  openPollId(communityId: string, academicYearId: string): Promise<string | undefined>;
  /** The community's poll for the year: the open one, else the latest (confirmed or closed). */
  latestPollId(communityId: string, academicYearId: string): Promise<string | undefined>;
  /** Stores the poll and queues each invitation; false (nothing stored) when the year already has an open poll. */
  create(poll: NewDatePoll, invitation: (personId: string) => NewOutboxMessage): Promise<boolean>;
  poll(id: string): Promise<DatePoll | undefined>;
  /** Records (or changes) a person's answers, if the poll is still open; false when it is not. */
  answer(pollId: string, personId: string, answers: Omit<PollAnswer, 'personId'>[]): Promise<boolean>;
  /**
   * Puts a new date for one month, forgetting that month's answers (only it is asked again) and queueing the
   * question to everyone asked; false when the poll is no longer open.
   */
  replaceDate(
    pollId: string,
    date: Omit<PollDate, 'round'>,
    actorId: string,
    notice: (personId: string, round: number) => NewOutboxMessage,
  ): Promise<boolean>;
  /** Marks the poll confirmed with the cycle made from its dates (once). */
  confirm(pollId: string, cycleId: string, actorId: string): Promise<void>;
  /** Open polls whose deadline falls between two instants (for the reminders: not yet passed, within a week). */
  openPollsClosingBetween(fromMs: number, toMs: number): Promise<DatePoll[]>;
  /** Queues messages, each once (by its dedupe key); returns how many were new. */
  enqueue(messages: NewOutboxMessage[]): Promise<number>;
}
