import { Router } from 'express';
import { describeRole, type Person } from '../domain/person';
import { signedInPerson } from './require-person';

/** The signed-in person and their roles, for the tab's header and navigation. */
export function meRoutes(): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    res.json(meJson(signedInPerson(res.locals)));
  });
  return router;
}

/** A person as GET /api/me answers: who they are and their roles, each with its label. */
export function meJson(person: Person) {
  return {
    id: person.id,
    email: person.email,
    displayName: person.displayName,
    aadObjectId: person.aadObjectId,
    jobTitle: person.jobTitle,
    roles: person.roles.map((r) => ({ ...r, label: describeRole(r) })),
  };
}
