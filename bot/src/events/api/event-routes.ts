import express, { type RequestHandler, Router } from 'express';
import { signedInPerson } from '../../directory';
import type { LimitedAction } from '../../platform/limits/rate-limits';
import type { EventsService } from '../app/events-service';
import { attendeesCsv } from './attendees-csv';
import { eventIcs } from './event-ics';
import { eventJson } from './event-json';

/** What the events routes need. */
export interface EventRouteDeps {
  useCases: EventsService;
  limit: (action: LimitedAction) => RequestHandler;
  now: () => number;
  publicBaseUrl: string;
}

/** Events: everyone lists theirs and books or cancels a place; officers create and announce them and see who booked. */
export function eventRoutes({ useCases, limit, now, publicBaseUrl }: EventRouteDeps): Router {
  const router = Router();
  router.use('/events', express.json({ limit: '20kb' }));
  router.get('/events', async (_req, res) => {
    const events = await useCases.list(signedInPerson(res.locals));
    res.json({ items: events.map((e) => eventJson(e, now())) });
  });
  router.post('/events', limit('write'), async (req, res) => {
    const created = await useCases.create(signedInPerson(res.locals), req.body);
    res.status(201).location(`/api/events/${created.id}`).json(eventJson(created, now()));
  });
  // One event, or its calendar file when the id ends in .ics.
  router.get('/events/:id', async (req, res) => {
    const calendarFile = /^(.+)\.ics$/.exec(req.params.id)?.[1];
    const event = await useCases.get(signedInPerson(res.locals), calendarFile ?? req.params.id);
    if (!calendarFile) {
      res.json(eventJson(event, now()));
      return;
    }
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="event-${event.id}.ics"`)
      .send(eventIcs(event, publicBaseUrl));
  });
  router.post('/events/:id/announce', limit('write'), async (req, res) => {
    res.status(202).json(await useCases.announce(signedInPerson(res.locals), String(req.params.id)));
  });
  router.post('/events/:id/bookings', limit('write'), async (req, res) => {
    const place = await useCases.book(signedInPerson(res.locals), String(req.params.id));
    if (place.status === 'waiting') {
      res.status(409).json({
        status: 'waiting',
        waitingListPosition: place.position,
        title: `The event is full: you are number ${place.position} on the waiting list, and are told if a place comes up.`,
      });
      return;
    }
    res
      .status(place.alreadyHad ? 200 : 201)
      .json({ status: 'booked', calendarFile: `/api/events/${req.params.id}.ics` });
  });
  router.delete('/events/:id/bookings/me', limit('write'), async (req, res) => {
    await useCases.cancel(signedInPerson(res.locals), String(req.params.id));
    res.status(204).end();
  });
  router.get('/events/:id/attendees', async (req, res) => {
    const attendees = await useCases.attendees(signedInPerson(res.locals), String(req.params.id));
    if (req.query.format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="event-${req.params.id}-attendees.csv"`)
        .send(attendeesCsv(attendees));
      return;
    }
    res.json({ items: attendees });
  });
  return router;
}
