import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event, ScheduleInformation } from '@microsoft/microsoft-graph-types';
import type { CalendarEventRequest, CalendarPort, CreateEventOutcome } from '../../app/ports';
import type { BusyTime } from '../../domain/busy-time';
import {
  BatchDispatcher,
  type BatchRequest,
  type BatchResponse,
  type DispatchLimits,
  GRAPH_LIMITS,
} from './batch-dispatcher';
import { eventByMeetingIdPath, eventPayload, eventsPath, graphDateTime } from './event-payload';
import { scheduleCalls } from './schedule-windows';

/** Answers after which Graph has certainly made nothing, so the same POST is simply sent again. */
const NOTHING_MADE: ReadonlySet<number> = new Set([424, 429, 503]);

/** Answers after which the event may or may not exist (no answer, a gateway timeout, a server error). */
const OUTCOME_UNKNOWN: ReadonlySet<number> = new Set([0, 500, 502, 504]);

/** How many times a create whose outcome stayed unknown is looked up and tried again before it waits for its lease. */
const CREATE_ROUNDS = 4;

/** Outlook calendars through Microsoft Graph (app-only): events in organizer mailboxes, with Teams meetings. */
export class GraphCalendar implements CalendarPort {
  readonly kind = 'graph' as const;
  private readonly dispatcher: BatchDispatcher;

  constructor(
    private readonly client: Client,
    options: { requestTimeoutMs?: number; limits?: DispatchLimits } = {},
  ) {
    const timeout = options.requestTimeoutMs ?? 30_000;
    this.dispatcher = new BatchDispatcher(async (requests: BatchRequest[]) => {
      const answer = (await this.client
        .api('/$batch')
        .options({ signal: AbortSignal.timeout(timeout) })
        .post({
          requests: requests.map((r) => ({ ...r, headers: { 'Content-Type': 'application/json', ...r.headers } })),
        })) as {
        responses?: BatchResponse[];
      };
      return answer.responses ?? [];
    }, options.limits ?? GRAPH_LIMITS);
  }

  async createEvents(requests: CalendarEventRequest[]): Promise<CreateEventOutcome[]> {
    return Promise.all(requests.map((request) => this.createOnce(request)));
  }

  /**
   * Creates one meeting's event exactly once: when an earlier run or an unanswered call may have made it, the event is
   * looked up by the meeting id stamped on it before another POST; throttled answers (nothing made) are simply retried.
   */
  private async createOnce(request: CalendarEventRequest): Promise<CreateEventOutcome> {
    let mayExist = request.mayAlreadyExist;
    for (let round = 1; round <= CREATE_ROUNDS; round++) {
      if (mayExist) {
        const found = await this.findEvent(request);
        if (found.status !== 'absent') return found;
      }
      const response = await this.dispatcher.submit(
        request.organizerMailbox,
        { method: 'POST', url: eventsPath(request.organizerMailbox), body: eventPayload(request) },
        NOTHING_MADE,
      );
      if (!OUTCOME_UNKNOWN.has(response.status)) return outcomeOf(request.meetingId, response);
      mayExist = true;
    }
    return { meetingId: request.meetingId, status: 'unknown', reason: 'Outlook did not confirm the meeting.' };
  }

  /** The event already made for a meeting, `absent` when there is none, or `unknown` when Graph could not say. */
  private async findEvent(request: CalendarEventRequest): Promise<CreateEventOutcome | { status: 'absent' }> {
    const response = await this.dispatcher.submit(request.organizerMailbox, {
      method: 'GET',
      url: eventByMeetingIdPath(request.organizerMailbox, request.meetingId),
    });
    if (response.status !== 200) {
      const reason = `Outlook could not say whether the meeting exists (${response.status || 'no answer'}).`;
      return { meetingId: request.meetingId, status: 'unknown', reason };
    }
    const [event] = (response.body as { value?: Event[] } | undefined)?.value ?? [];
    return event ? outcomeOf(request.meetingId, { ...response, status: 201, body: event }) : { status: 'absent' };
  }

  async rescheduleEvent(organizerMailbox: string, eventId: string, startMs: number, endMs: number): Promise<void> {
    // Only the times: sending a body would overwrite the Teams join details Graph put in it.
    await this.client
      .api(`${eventsPath(organizerMailbox)}/${encodeURIComponent(eventId)}`)
      .patch({ start: graphDateTime(startMs), end: graphDateTime(endMs) } satisfies Event);
  }

  async cancelEvent(organizerMailbox: string, eventId: string, comment: string): Promise<void> {
    await this.client.api(`${eventsPath(organizerMailbox)}/${encodeURIComponent(eventId)}/cancel`).post({ comment });
  }

  async organizerBusy(organizerMailbox: string, fromMs: number, toMs: number): Promise<BusyTime[]> {
    const busy: BusyTime[] = [];
    for (const call of scheduleCalls([organizerMailbox], fromMs, toMs)) {
      const answer = (await this.client
        .api(`/users/${encodeURIComponent(organizerMailbox)}/calendar/getSchedule`)
        .post({
          schedules: call.schedules,
          startTime: graphDateTime(call.fromMs),
          endTime: graphDateTime(call.toMs),
          availabilityViewInterval: 30,
        })) as { value?: ScheduleInformation[] };
      for (const schedule of answer.value ?? []) {
        for (const item of schedule.scheduleItems ?? []) {
          if (item.status === 'free' || !item.start?.dateTime || !item.end?.dateTime) continue;
          busy.push({
            startMs: Date.parse(`${item.start.dateTime}Z`),
            endMs: Date.parse(`${item.end.dateTime}Z`),
            description: `the organizer mailbox's ${item.subject ? `"${item.subject}"` : 'existing booking'}`,
          });
        }
      }
    }
    return busy;
  }
}

function outcomeOf(meetingId: string, response: BatchResponse): CreateEventOutcome {
  if (response.status === 200 || response.status === 201) {
    const event = response.body as Event;
    if (!event.id) return { meetingId, status: 'failed', reason: 'Graph created the event but returned no id.' };
    return { meetingId, status: 'created', eventId: event.id, joinUrl: event.onlineMeeting?.joinUrl ?? null };
  }
  const message = (response.body as { error?: { message?: string } } | undefined)?.error?.message;
  return {
    meetingId,
    status: 'failed',
    reason: `Outlook refused the meeting (${response.status || 'no answer'}${message ? `: ${message}` : ''}).`,
  };
}
