import type { Event } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../../../platform/graph/create-graph-client';
import type { InvitationCalendarPort, InvitationOutcome, InvitationRequest } from '../../app/ports';
import { BOOKING_KEY_PROPERTY, invitationPayload } from './invitation-payload';

/** Answers after which trying the same request again cannot succeed. */
const REFUSED: ReadonlySet<number> = new Set([400, 401, 403, 404]);

const eventsPath = (mailbox: string) => `/users/${encodeURIComponent(mailbox)}/events`;

/** The status of a Graph SDK error (0 when no answer came). */
const statusOf = (error: unknown) => Math.max(0, (error as { statusCode?: number }).statusCode ?? 0);

/** A failed call as an outcome: refused for good (a 4xx that cannot change), or unknown (tried again later). */
function outcomeOfError(error: unknown, what: string): InvitationOutcome {
  const status = statusOf(error);
  const reason = `${what} (${status || 'no answer'}).`;
  return REFUSED.has(status) ? { status: 'failed', reason } : { status: 'unknown', reason };
}

/**
 * Booked places' invitations in Outlook through Graph (app-only, `Calendars.ReadWrite` on the events organizer
 * mailbox): one event per booking, made once (its transactionId, and a lookup by the key stamped on it whenever an
 * earlier try may have made it), cancelled with a comment to the attendee when the place is given up. The Graph
 * client retries 429/503/504 after Retry-After; what is still unanswered is left to the next run.
 */
export class GraphInvitations implements InvitationCalendarPort {
  constructor(private readonly client: GraphClient) {}

  async create(request: InvitationRequest): Promise<InvitationOutcome> {
    if (request.mayAlreadyExist) {
      const found = await this.find(request.organizerMailbox, request.key);
      if (found.status !== 'absent') return found;
    }
    try {
      const event = (await this.client
        .api(eventsPath(request.organizerMailbox))
        .post(invitationPayload(request))) as Event;
      if (event.id) return { status: 'done', eventId: event.id };
      return { status: 'unknown', reason: 'Outlook made the invitation but gave no id.' };
    } catch (error) {
      return outcomeOfError(error, 'Outlook refused the invitation');
    }
  }

  async cancel(mailbox: string, key: string, eventId: string | null, comment: string): Promise<InvitationOutcome> {
    let id = eventId;
    if (!id) {
      const found = await this.find(mailbox, key);
      if (found.status === 'absent') return { status: 'done', eventId: null }; // Never made: nothing to cancel.
      if (found.status !== 'done') return found;
      id = found.eventId;
    }
    try {
      await this.client.api(`${eventsPath(mailbox)}/${encodeURIComponent(id ?? '')}/cancel`).post({ comment });
      return { status: 'done', eventId: id };
    } catch (error) {
      if (statusOf(error) === 404) return { status: 'done', eventId: id }; // Already gone from the calendar.
      return outcomeOfError(error, 'Outlook did not cancel the invitation');
    }
  }

  /** The booking's event, found by the key stamped on it; `absent` when there is none. */
  private async find(mailbox: string, key: string): Promise<InvitationOutcome | { status: 'absent' }> {
    const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${BOOKING_KEY_PROPERTY}' and ep/value eq '${key.replaceAll("'", "''")}')`;
    try {
      const answer = (await this.client.api(eventsPath(mailbox)).filter(filter).select('id').top(2).get()) as {
        value?: Event[];
      };
      const id = answer.value?.[0]?.id;
      return id ? { status: 'done', eventId: id } : { status: 'absent' };
    } catch (error) {
      return {
        status: 'unknown',
        reason: `Outlook could not say whether the invitation exists (${statusOf(error) || 'no answer'}).`,
      };
    }
  }
}
