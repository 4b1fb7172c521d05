import type {
  CalendarEventRequest,
  ClaimedMeeting,
  CreateEventOutcome,
  CycleWithMeetings,
  SchedulingPorts,
} from './ports';

/** Called when a cycle's calendar work has finished (every meeting created or failed). */
export type CycleFinishedListener = (cycle: CycleWithMeetings) => Promise<void>;

/** A meeting counts as abandoned by a crashed run after this long in `creating` (default). */
const STALE_AFTER_MS = 2 * 60_000;

const AGENDA_HTML =
  '<p>Standard agenda: Terms of Reference; Inclusion Dashboard; funding requests (solution-focused); planning.</p>' +
  "<p>Please do not name pupils in the meeting chat. Requests use the school's own pupil reference.</p>";

/** Puts a cycle's meetings into the calendar, one call for the whole cycle, resuming where a crash left off. */
export class CycleRunner {
  private readonly running = new Map<string, Promise<CycleWithMeetings | undefined>>();
  private readonly listeners: CycleFinishedListener[] = [];

  constructor(
    private readonly ports: SchedulingPorts,
    private readonly staleAfterMs = STALE_AFTER_MS,
  ) {}

  /** Registers a listener for finished cycles (e.g. the bot updating the chair's card). */
  onFinished(listener: CycleFinishedListener): void {
    this.listeners.push(listener);
  }

  /** Creates whatever the cycle still lacks; concurrent calls for the same cycle share one run. */
  run(cycleId: string): Promise<CycleWithMeetings | undefined> {
    const current = this.running.get(cycleId);
    if (current) return current;
    const run = this.execute(cycleId).finally(() => this.running.delete(cycleId));
    this.running.set(cycleId, run);
    return run;
  }

  /** Waits for the cycles being created now to finish (graceful shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** Resumes every cycle a previous process left unfinished. */
  async resumeUnfinished(): Promise<void> {
    const ids = await this.ports.meetings.unfinishedCycleIds();
    await Promise.all(ids.map((id) => this.run(id)));
  }

  private async execute(cycleId: string): Promise<CycleWithMeetings | undefined> {
    const claimed = await this.ports.meetings.claimForCreation(cycleId, this.staleAfterMs);
    if (claimed.length > 0) {
      const requests = await Promise.all(claimed.map((m) => this.requestFor(m)));
      const outcomes = await this.createAll(requests);
      for (const outcome of outcomes) await this.ports.meetings.recordOutcome(outcome);
    }
    const cycle = await this.ports.meetings.cycle(cycleId);
    if (cycle && claimed.length > 0) for (const listener of this.listeners) await listener(cycle);
    return cycle;
  }

  private async createAll(requests: CalendarEventRequest[]): Promise<CreateEventOutcome[]> {
    let outcomes: CreateEventOutcome[];
    try {
      outcomes = await this.ports.calendar.createEvents(requests);
    } catch (error) {
      const reason = `The calendar could not be reached: ${error instanceof Error ? error.message : String(error)}`;
      outcomes = [];
      for (const r of requests) outcomes.push({ meetingId: r.meetingId, status: 'failed', reason });
    }
    const answered = new Set(outcomes.map((o) => o.meetingId));
    for (const r of requests) {
      if (!answered.has(r.meetingId))
        outcomes.push({
          meetingId: r.meetingId,
          status: 'failed',
          reason: 'The calendar gave no answer for this meeting.',
        });
    }
    return outcomes;
  }

  private async requestFor(meeting: ClaimedMeeting): Promise<CalendarEventRequest> {
    const attendees = await this.ports.meetings.attendeesOf(meeting.id);
    return {
      meetingId: meeting.id,
      transactionId: meeting.transactionId,
      mayAlreadyExist: meeting.resumed,
      organizerMailbox: meeting.organizerMailbox,
      subject: meeting.title,
      bodyHtml: AGENDA_HTML,
      startMs: meeting.startMs,
      endMs: meeting.endMs,
      timeZone: meeting.timeZone,
      attendees: attendees.map((a) => ({ email: a.email, name: a.displayName, type: a.attendance })),
    };
  }
}
