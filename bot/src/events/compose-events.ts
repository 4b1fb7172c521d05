import type { Person } from '../directory';
import { tabPageUrl } from '../platform/cards/tab-page-url';
import type { Feature, FeatureMigrations } from '../platform/feature';
import { limitedRoute, limitedVerb } from '../platform/limits/limited';
import type { LimitedAction } from '../platform/limits/rate-limits';
import type { PlatformParts } from '../platform/platform-parts';
import { eventRoutes } from './api/event-routes';
import { eventInvitations } from './app/event-invitations';
import { EVENT_NOTICES, eventsService } from './app/events-service';
import { GraphInvitations } from './calendar/graph/graph-invitations';
import { seedDemoEvents } from './demo/demo-events';
import { EventStandingRepository } from './store/event-standing-repository';
import { EventsRepository } from './store/events-repository';
import { InvitationsRepository } from './store/invitations-repository';
import * as events from './store/migrations/0016-events';
import * as invitationColumns from './store/migrations/0020-event-invitations';
import { EVENT_VERBS, type EventLinks, type EventNoticeView, eventNoticeCard } from './teams/event-card';
import { EVENT_STANDING_VERB } from './teams/event-standing-card';
import { standingNoticeCard } from './teams/event-standing-notice';
import { eventStandingFromCard } from './teams/event-standing-verb';
import { changePlaceFromCard, type EventVerbDeps } from './teams/event-verbs';

/** The tables of events and bookings, and the bookings' calendar invitations. */
export const eventsMigrations: FeatureMigrations = {
  '0016-events': events,
  '0020-event-invitations': invitationColumns,
};

/**
 * Loads the demo events with the demo data, and wires events to the API (create, announce, book, cancel, attendees),
 * to cards (Book a place, Cancel my place, the officer's card of an event), to notifications, to the day-before
 * reminders and, with Graph, to each booked place's Outlook invitation from the events organizer mailbox (the local
 * calendar sends none: the .ics download stays).
 */
export async function composeEvents(platform: PlatformParts): Promise<Feature<Person>> {
  const { config, db, clock } = platform;
  if (config.seedDemoData) {
    const seeded = await seedDemoEvents(db);
    if (seeded > 0) platform.logger.info({ seeded }, 'demo events loaded');
  }
  const links = (eventId: string): EventLinks => ({
    eventsPage: tabPageUrl(config, 'events'),
    calendarPage: tabPageUrl(config, 'events', { event: eventId }),
  });
  const invitations = platform.graph
    ? eventInvitations({
        store: new InvitationsRepository(db),
        calendar: new GraphInvitations(platform.graph),
        organizerMailbox: config.events.organizerMailbox,
        eventsPage: (eventId) => links(eventId).calendarPage,
        now: clock,
        onError: (err) => platform.logger.error({ err }, 'sending event invitations failed'),
      })
    : undefined;
  const standing = new EventStandingRepository(db);
  const service = eventsService(new EventsRepository(db), platform.newId, clock, { standing, invitations });
  const limit = (action: LimitedAction) => limitedRoute(platform.rateLimits, action);
  const deps: EventVerbDeps = { events: service, now: clock, links };
  const attendeesPage = (eventId: string) => links(eventId).calendarPage;
  const notice = (kind: EventNoticeView['kind']) => (p: Record<string, unknown>) =>
    eventNoticeCard(
      {
        kind,
        eventId: String(p.eventId ?? ''),
        title: String(p.title ?? 'An event'),
        when: String(p.when ?? ''),
        venue: typeof p.venue === 'string' ? p.venue : null,
      },
      links(String(p.eventId ?? '')),
    );
  return {
    name: 'events',
    routes: [eventRoutes({ useCases: service, limit, now: clock, publicBaseUrl: config.publicBaseUrl })],
    cardVerbs: {
      [EVENT_VERBS.book]: limitedVerb(platform.rateLimits, 'write', ({ person, data }) =>
        changePlaceFromCard(person, 'book', data, deps),
      ),
      [EVENT_VERBS.cancel]: limitedVerb(platform.rateLimits, 'write', ({ person, data }) =>
        changePlaceFromCard(person, 'cancel', data, deps),
      ),
      [EVENT_STANDING_VERB]: ({ context, person, data }) =>
        eventStandingFromCard(context, person, data, { events: service, attendeesPage }),
    },
    notificationCards: {
      [EVENT_NOTICES.announced]: notice('announced'),
      [EVENT_NOTICES.placeFreed]: notice('placeFreed'),
      [EVENT_NOTICES.reminder]: notice('reminder'),
      [EVENT_NOTICES.standing]: (p) => standingNoticeCard(p, attendeesPage),
    },
    jobs: [
      { name: 'event-reminders', everyMs: 5 * 60_000, exclusive: true, run: () => service.queueReminders() },
      ...(invitations
        ? [{ name: 'event-invitations', everyMs: 30_000, exclusive: true, run: () => invitations.run() }]
        : []),
    ],
    stop: async () => invitations?.idle(),
  };
}
