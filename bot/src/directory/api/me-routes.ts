import { Router } from 'express';
import { describeRole } from '../domain/person';
import { signedInPerson } from './require-person';

/** The signed-in person and their roles, for the tab's header and navigation. */
export function meRoutes(): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    const person = signedInPerson(res.locals);
    res.json({
      id: person.id,
      email: person.email,
      displayName: person.displayName,
      aadObjectId: person.aadObjectId,
      jobTitle: person.jobTitle,
      roles: person.roles.map((r) => ({ ...r, label: describeRole(r) })),
    });
  });
  return router;
}
