import { Router } from 'express';
import { z } from 'zod';
import { signedInPerson } from '../../directory';
import { meetingsToIcs } from '../calendar/ics/meetings-ics';
import { meetingJson } from './meeting-json';
import type { SchedulingRouteDeps } from './scheduling-route-deps';

const rescheduleBody = z.object({
  start: z.string().min(1, 'Give the new start.'),
  end: z.string().min(1, 'Give the new end.'),
  comment: z.string({ error: 'Write the message to attendees as text.' }).optional(),
});
const cancelBody = z.object({ comment: z.string({ error: 'Say why the meeting is cancelled.' }) });

/** One meeting's calendar file, rescheduling and cancelling. */
export function changeMeetingRoutes({ useCases, parse }: SchedulingRouteDeps): Router {
  const router = Router();
  router.get('/meetings/:file', async (req, res, next) => {
    const meetingId = /^(.+)\.ics$/.exec(req.params.file)?.[1];
    if (!meetingId) return next();
    const items = await useCases.meetingCalendarFile(signedInPerson(res.locals), meetingId);
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="meeting-${meetingId}.ics"`)
      .send(meetingsToIcs(items));
  });
  router.patch('/meetings/:id', async (req, res) => {
    const { comment, ...slot } = parse(rescheduleBody, req.body);
    res.json(meetingJson(await useCases.reschedule(signedInPerson(res.locals), req.params.id, slot, comment)));
  });
  router.post('/meetings/:id/cancel', async (req, res) => {
    const { comment } = parse(cancelBody, req.body);
    res.json(meetingJson(await useCases.cancel(signedInPerson(res.locals), req.params.id, comment)));
  });
  return router;
}
