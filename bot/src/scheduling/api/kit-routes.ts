import { Router } from 'express';
import { z } from 'zod';
import { signedInPerson } from '../../directory';
import { meetingJson, proposedMeetingJson } from './meeting-json';
import type { SchedulingRouteDeps } from './scheduling-route-deps';

const kitProposalBody = z.object({
  scope: z
    .enum(['all', 'perArea'], { error: 'Choose "all" (one meeting for all chairs) or "perArea".' })
    .default('all'),
  months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
  weekdays: z
    .array(z.number().int().min(1).max(5, 'Meetings are on weekdays: 1 (Monday) to 5 (Friday).'))
    .min(1)
    .default([3]),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour HH:MM, e.g. 10:00.')
    .default('10:00'),
  durationMinutes: z.number().int().min(15).max(480).default(60),
});
const kitCreateBody = z.object({
  areaId: z.string().nullable().default(null),
  meetings: z
    .array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/, 'Use YYYY-MM.'), start: z.string(), end: z.string() }))
    .min(1)
    .max(12),
});

/** KCC officers' Keeping in Touch meetings with chairs: propose, then create (per group of chairs). */
export function kitRoutes({ useCases, parse }: SchedulingRouteDeps): Router {
  const router = Router();
  router.post('/kit/:year/proposal', async (req, res) => {
    const options = parse(kitProposalBody, req.body);
    const groups = await useCases.proposeKit(signedInPerson(res.locals), req.params.year, options);
    res.json({
      groups: groups.map((g) => ({
        areaId: g.areaId,
        title: g.title,
        meetings: g.meetings.map(proposedMeetingJson),
        unplaced: g.unplaced,
        skipped: g.skipped,
      })),
    });
  });
  router.post('/kit/:year', async (req, res) => {
    const { areaId, meetings } = parse(kitCreateBody, req.body);
    const created = await useCases.createKit(signedInPerson(res.locals), req.params.year, areaId, meetings);
    res.status(202).location(`/api/cycles/${created.cycleId}`).json(created);
  });
  router.get('/kit/:year/meetings', async (req, res) => {
    const meetings = await useCases.listKit(signedInPerson(res.locals), req.params.year);
    res.json({ meetings: meetings.map(meetingJson) });
  });
  return router;
}
