import { Router } from 'express';
import { z } from 'zod';
import { signedInPerson } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { meetingsToIcs } from '../calendar/ics/meetings-ics';
import { meetingJson, proposedMeetingJson } from './meeting-json';
import type { SchedulingRouteDeps } from './scheduling-route-deps';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour HH:MM, e.g. 15:45.');
const proposalBody = z.object({
  weekdays: z
    .array(z.number().int().min(1).max(5, 'Meetings are on weekdays: 1 (Monday) to 5 (Friday).'))
    .min(1)
    .optional(),
  startTime: time.optional(),
  durationMinutes: z.number().int().min(15, 'At least 15 minutes.').max(480, 'At most 8 hours.').optional(),
});
const cycleBody = z.object({
  meetings: z
    .array(
      z.object({
        month: z.string().regex(/^\d{4}-\d{2}$/, 'Use YYYY-MM.'),
        start: z.string().min(1, 'Give the start.'),
        end: z.string().min(1, 'Give the end.'),
      }),
    )
    .min(1, 'Choose at least one meeting.')
    .max(12, 'At most one meeting a month.'),
});

/** Proposing and creating a year's meetings, following their progress and downloading them as .ics. */
export function cycleRoutes({ useCases, parse }: SchedulingRouteDeps): Router {
  const router = Router();
  router.post('/communities/:id/cycles/:year/proposal', async (req, res) => {
    const overrides = parse(proposalBody, req.body);
    const plan = await useCases.propose(signedInPerson(res.locals), req.params.id, req.params.year, overrides);
    res.json({
      meetings: plan.meetings.map(proposedMeetingJson),
      unplaced: plan.unplaced,
      skipped: plan.skipped,
    });
  });
  router.post('/communities/:id/cycles/:year', async (req, res) => {
    const { meetings } = parse(cycleBody, req.body);
    const created = await useCases.create(signedInPerson(res.locals), req.params.id, req.params.year, meetings);
    res
      .status(202)
      .location(`/api/cycles/${created.cycleId}`)
      .json({ cycleId: created.cycleId, alreadyExisted: created.alreadyExisted });
  });
  router.get('/communities/:id/cycles/:file', async (req, res) => {
    const year = /^(\d{4}-\d{2})\.ics$/.exec(req.params.file)?.[1];
    if (!year) throw new UserFacingError('not-found', 'Ask for a calendar file like 2026-27.ics.');
    const items = await useCases.calendarFile(signedInPerson(res.locals), req.params.id, year);
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${req.params.id}-${year}.ics"`)
      .send(meetingsToIcs(items));
  });
  router.get('/cycles/:cycleId', async (req, res) => {
    const cycle = await useCases.cycleStatus(signedInPerson(res.locals), req.params.cycleId);
    res.json({
      cycleId: cycle.id,
      kind: cycle.kind,
      communityId: cycle.communityId,
      academicYear: cycle.academicYearId,
      meetings: cycle.meetings.map(meetingJson),
    });
  });
  router.get('/communities/:id/meetings', async (req, res) => {
    const year = typeof req.query.year === 'string' && req.query.year !== '' ? req.query.year : undefined;
    const meetings = await useCases.listMeetings(signedInPerson(res.locals), req.params.id, year);
    // "graph": meetings are in Outlook calendars; "local": kept in the app, reaching calendars as .ics files.
    const { kind } = await useCases.planningCalendar();
    res.json({ calendar: kind, meetings: meetings.map(meetingJson) });
  });
  return router;
}
