import type { Person } from '../directory';
import { tabPageUrl } from '../platform/cards/tab-page-url';
import type { Feature, FeatureMigrations } from '../platform/feature';
import { limitedRoute, limitedVerb } from '../platform/limits/limited';
import type { LimitedAction } from '../platform/limits/rate-limits';
import type { PlatformParts } from '../platform/platform-parts';
import { eventRoutes } from './api/event-routes';
import { EVENT_NOTICES, eventsService } from './app/events-service';
import { seedDemoEvents } from './demo/demo-events';
import { EventsRepository } from './store/events-repository';
import * as events from './store/migrations/0016-events';
import { EVENT_VERBS, type EventLinks, type EventNoticeView, eventNoticeCard } from './teams/event-card';
import { changePlaceFromCard, type EventVerbDeps } from './teams/event-verbs';

/** The tables of events and bookings. */
export const eventsMigrations: FeatureMigrations = { '0016-events': events };

/**
 * Loads the demo events with the demo data, and wires events to the API (create, announce, book, cancel, attendees),
 * to cards (Book a place, Cancel my place), to notifications, and to the day-before reminders.
 */
export async function composeEvents(platform: PlatformParts): Promise<Feature<Person>> {
  const { config, db, clock } = platform;
  if (config.seedDemoData) {
    const seeded = await seedDemoEvents(db);
    if (seeded > 0) platform.logger.info({ seeded }, 'demo events loaded');
  }
  const service = eventsService(new EventsRepository(db), platform.newId, clock);
  const limit = (action: LimitedAction) => limitedRoute(platform.rateLimits, action);
  const links = (eventId: string): EventLinks => ({
    eventsPage: tabPageUrl(config, 'events'),
    calendarPage: tabPageUrl(config, 'events', { event: eventId }),
  });
  const deps: EventVerbDeps = { events: service, now: clock, links };
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
    },
    notificationCards: {
      [EVENT_NOTICES.announced]: notice('announced'),
      [EVENT_NOTICES.placeFreed]: notice('placeFreed'),
      [EVENT_NOTICES.reminder]: notice('reminder'),
    },
    jobs: [{ name: 'event-reminders', everyMs: 5 * 60_000, exclusive: true, run: () => service.queueReminders() }],
  };
}
