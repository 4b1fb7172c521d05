import { escapeHtml } from '../../platform/html/escape-html';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { eventWhen, type KentEvent } from '../domain/kent-event';
import type { InvitationCalendarPort, InvitationOutcome, InvitationsStore, InvitationWork } from './ports';

/** Invitations taken per claim; the next claim follows at once when a full one was taken. */
const CLAIM_SIZE = 40;
/** How long a claimed invitation is held: a crashed worker's invitations are taken up again after this. */
const LEASE_MS = 120_000;
/** How long an invitation whose outcome Outlook left unknown waits before it is tried again (looked up first). */
const RETRY_MS = 60_000;
/** Requests in flight at once: Exchange runs 4 at a time for one mailbox, and they all come from one. */
const IN_FLIGHT = 4;

/** What the invitations need: where they are kept, Outlook, the mailbox they come from and the Events page. */
export interface InvitationDeps {
  store: InvitationsStore;
  calendar: InvitationCalendarPort;
  organizerMailbox: string;
  eventsPage: (eventId: string) => string;
  now: () => number;
  onError: (error: unknown) => void;
}

/** The booking's key in Outlook: the same for every try, and unique across databases sharing the mailbox. */
function invitationKey(eventId: string, bookingId: string): string {
  return uuidV5(`event-booking:${eventId}:${bookingId}`);
}

/** The invitation's body: what was booked, when and where, and the Events page to see or give up the place. */
function invitationBody(event: KentEvent, page: string): string {
  return [
    `<p>Your place at <strong>${escapeHtml(event.title)}</strong> is booked.</p>`,
    `<p>${escapeHtml(eventWhen(event))}<br>${escapeHtml(event.venue ?? 'Online (Teams)')}</p>`,
    ...(event.description ? [`<p>${escapeHtml(event.description)}</p>`] : []),
    `<p>See the event, or give up your place for someone on the waiting list, on the <a href="${escapeHtml(page)}">Events page</a>.</p>`,
  ].join('');
}

/**
 * Sends booked places' calendar invitations (one Outlook event per booking, the person its only attendee) and cancels
 * those of places given up. Each booking is claimed under a lease and settled under it, so two runs (two instances, or
 * a nudge and the periodic job) never work on one booking, and a crashed run's bookings are taken up once its lease
 * runs out, looked up before anything is created again.
 */
export function eventInvitations(deps: InvitationDeps) {
  const attempt = async (work: InvitationWork): Promise<InvitationOutcome> => {
    const key = invitationKey(work.event.id, work.bookingId);
    if (work.action === 'cancel') {
      const comment = `Your place at ${work.event.title} (${eventWhen(work.event)}) is cancelled.`;
      return deps.calendar.cancel(deps.organizerMailbox, key, work.eventId, comment);
    }
    return deps.calendar.create({
      key,
      organizerMailbox: deps.organizerMailbox,
      subject: work.event.title,
      bodyHtml: invitationBody(work.event, deps.eventsPage(work.event.id)),
      startMs: work.event.startMs,
      endMs: work.event.endMs,
      location: work.event.venue ?? 'Online (Teams)',
      attendee: work.attendee,
      mayAlreadyExist: work.attemptsBefore > 0,
    });
  };
  const settle = async (work: InvitationWork) => {
    let outcome: InvitationOutcome;
    try {
      outcome = await attempt(work);
    } catch (error) {
      outcome = { status: 'unknown', reason: error instanceof Error ? error.message.slice(0, 300) : 'Outlook failed.' };
    }
    await deps.store.settle(work, outcome, RETRY_MS);
  };
  /** Works through every invitation due now; returns how many were taken. */
  const run = async (): Promise<number> => {
    let taken = 0;
    for (;;) {
      const claimed = await deps.store.claim(CLAIM_SIZE, LEASE_MS, deps.now());
      taken += claimed.length;
      const queue = [...claimed];
      const worker = async () => {
        for (let work = queue.shift(); work; work = queue.shift()) await settle(work);
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      if (claimed.length < CLAIM_SIZE) return taken;
    }
  };
  let running: Promise<void> | undefined;
  let again = false;
  const soon = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = run()
      .then(() => undefined, deps.onError)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          soon();
        }
      });
  };
  return {
    run,
    /** Runs soon in this process (after a booking or a cancellation), besides the periodic job. */
    soon,
    /** Resolves once the work in hand is finished (graceful shutdown). */
    idle: async (): Promise<void> => {
      while (running) await running;
    },
  };
}
