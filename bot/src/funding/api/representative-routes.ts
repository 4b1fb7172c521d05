import { Router } from 'express';
import { signedInPerson } from '../../directory';
import { registrationSchema } from '../app/funding-action-schemas';
import type { FundingRouteDeps } from './funding-route-deps';

/** Registering a school's representative, and which schools of a community have one. */
export function representativeRoutes({ useCases, parse, limit }: FundingRouteDeps): Router {
  const router = Router();
  router.post('/schools/:id/representative', limit('write'));
  router.post('/schools/:id/representative', async (req, res) => {
    const registration = parse(registrationSchema, req.body);
    res.json(await useCases.registerRepresentative(signedInPerson(res.locals), req.params.id, registration));
  });
  router.get('/communities/:id/representatives', async (req, res) => {
    const schools = await useCases.representatives(signedInPerson(res.locals), req.params.id);
    res.json({
      schools: schools.map((s) => ({
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
      withoutRepresentative: schools.filter((s) => !s.representative).map((s) => s.schoolId),
    });
  });
  return router;
}
