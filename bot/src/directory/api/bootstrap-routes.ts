import { Router } from 'express';
import type { PageFirstReads } from '../../platform/feature';
import type { Person } from '../domain/person';
import { meJson } from './me-routes';
import { signedInPerson } from './require-person';

/**
 * GET /api/bootstrap?page=budget&year=2026-27[&community=…]: the tab's start in one round trip, the signed-in person
 * (as /api/me) and the first reads of the page it opens on (by API path), from the features that serve that page.
 */
export function bootstrapRoutes(pages: Record<string, PageFirstReads<Person>>): Router {
  const router = Router();
  router.get('/bootstrap', async (req, res) => {
    const person = signedInPerson(res.locals);
    const page = text(req.query.page);
    const firstReads = page && Object.hasOwn(pages, page) ? pages[page] : undefined;
    const reads = firstReads
      ? await firstReads(person, { year: text(req.query.year), community: text(req.query.community) })
      : {};
    res.json({ me: meJson(person), reads });
  });
  return router;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
