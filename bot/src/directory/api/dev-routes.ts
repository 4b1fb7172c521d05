import express, { Router } from 'express';
import { z } from 'zod';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { DevTokens } from '../../platform/http/auth/dev-tokens';
import { isDirectLoopback } from '../../platform/http/loopback';
import type { DirectoryPort } from '../app/ports';

const tokenRequest = z.object({ email: z.string().trim().email('Give the email address of a seeded person.') });

/** Local mode only: list the seeded people and sign in as one of them, from this machine and not through a proxy. */
export function devRoutes(directory: DirectoryPort, tokens: DevTokens): Router {
  const router = Router();
  router.use((req, res, next) => {
    if (isDirectLoopback(req)) return next();
    res.status(404).type('application/problem+json').json({ title: 'There is no such API route.', status: 404 });
  });
  router.get('/people', async (_req, res) => {
    const people = await directory.listPeople();
    res.json(
      people.map((p) => ({
        email: p.email,
        displayName: p.displayName,
        aadObjectId: p.aadObjectId,
        jobTitle: p.jobTitle,
        roles: p.roles.map((r) => ({
          role: r.role,
          ...(r.communityId ? { communityId: r.communityId, communityName: r.communityName } : {}),
          ...(r.schoolId ? { schoolId: r.schoolId, schoolName: r.schoolName } : {}),
        })),
      })),
    );
  });
  router.post('/token', express.json(), async (req, res) => {
    const parsed = tokenRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      throw new UserFacingError('invalid', parsed.error.issues[0]?.message ?? 'Give an email address.', {
        email: 'required',
      });
    }
    const person = await directory.findByEmail(parsed.data.email);
    if (!person) throw new UserFacingError('not-found', `No seeded person has the email ${parsed.data.email}.`);
    res.json({ token: await tokens.issue(person) });
  });
  return router;
}
