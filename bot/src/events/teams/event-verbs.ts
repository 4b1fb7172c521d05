import type { Person } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { problemCard } from '../../platform/cards/problem-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { EventsService } from '../app/events-service';
import { type EventLinks, eventCard } from './event-card';

/** What the event card verbs need. */
export interface EventVerbDeps {
  events: EventsService;
  now: () => number;
  links: (eventId: string) => EventLinks;
}

/**
 * Books or cancels the person's place from a card, then answers with the event as it now stands for them; a refusal
 * (booking closed, the school's place taken) shows on the card, and nothing changes.
 */
export async function changePlaceFromCard(
  person: Person,
  change: 'book' | 'cancel',
  data: Record<string, unknown>,
  deps: EventVerbDeps,
): Promise<AdaptiveCard> {
  const eventId = typeof data.eventId === 'string' ? data.eventId : '';
  let problem: string | undefined;
  try {
    if (change === 'book') await deps.events.book(person, eventId);
    else await deps.events.cancel(person, eventId);
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    if (error.code === 'not-found' && change === 'book') {
      return problemCard('There is no such event, or it is not for you.', []);
    }
    problem = error.message;
  }
  try {
    return eventCard(await deps.events.get(person, eventId), deps.now(), deps.links(eventId), problem);
  } catch (error) {
    if (error instanceof UserFacingError) return problemCard('There is no such event, or it is not for you.', []);
    throw error;
  }
}
