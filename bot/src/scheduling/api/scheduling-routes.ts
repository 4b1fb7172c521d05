import express, { Router } from 'express';
import { z } from 'zod';
import { signedInPerson } from '../../directory';
import { changeMeetingRoutes } from './change-meeting-routes';
import { cycleRoutes } from './cycle-routes';
import { kitRoutes } from './kit-routes';
import type { SchedulingRouteDeps } from './scheduling-route-deps';

const termsBody = z.object({
  terms: z
    .array(z.object({ term: z.number().int(), startsOn: z.string(), endsOn: z.string() }))
    .min(1, 'Give at least one term.'),
});

/** Scheduling API: proposals, cycles, meetings, calendar files and term dates. */
export function schedulingRoutes(deps: SchedulingRouteDeps): Router {
  const router = Router();
  router.use(express.json({ limit: '100kb' }));
  router.use(cycleRoutes(deps));
  router.use(changeMeetingRoutes(deps));
  router.use(kitRoutes(deps));
  router.get('/academic-years/:year/terms', async (req, res) => {
    const year = await deps.useCases.termDates(req.params.year);
    res.json({ academicYear: year.id, terms: year.terms });
  });
  router.put('/academic-years/:year/terms', async (req, res) => {
    const { terms } = deps.parse(termsBody, req.body);
    const year = await deps.useCases.setTermDates(signedInPerson(res.locals), req.params.year, terms);
    res.json({ academicYear: year.id, terms: year.terms });
  });
  return router;
}
