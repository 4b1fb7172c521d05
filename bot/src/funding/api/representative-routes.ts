import { Router } from 'express';
import { signedInPerson } from '../../directory';
import { MAX_SORT_TEXT, pageOfList, pageStart } from '../../platform/validation/keyset-page';
import { registrationSchema } from '../app/funding-action-schemas';
import type { FundingRouteDeps } from './funding-route-deps';

/** Registering a school's representative, and which schools of a community have one (a page at a time, A–Z). */
export function representativeRoutes({ useCases, parse, limit }: FundingRouteDeps): Router {
  const router = Router();
  router.post('/schools/:id/representative', limit('write'));
  router.post('/schools/:id/representative', async (req, res) => {
    const registration = parse(registrationSchema, req.body);
    res.json(await useCases.registerRepresentative(signedInPerson(res.locals), req.params.id, registration));
  });
  router.get('/communities/:id/representatives', async (req, res) => {
    const start = pageStart(req.query, 'text');
    const schools = await useCases.representatives(signedInPerson(res.locals), req.params.id);
    const page = pageOfList(schools, start, (s) => ({ sort: s.schoolName.slice(0, MAX_SORT_TEXT), id: s.schoolId }));
    res.json({
      items: page.items.map((s) => ({
        schoolId: s.schoolId,
        schoolName: s.schoolName,
        representative: s.representative && {
          personId: s.representative.personId,
          displayName: s.representative.displayName,
          email: s.representative.email,
          headteacherName: s.representative.registration?.headteacherName ?? null,
          registeredAt: s.representative.registration
            ? new Date(s.representative.registration.confirmedAtMs).toISOString()
            : null,
        },
      })),
      nextCursor: page.nextCursor,
      withoutRepresentative: schools.filter((s) => !s.representative).map((s) => s.schoolId),
    });
  });
  return router;
}
