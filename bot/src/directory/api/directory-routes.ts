import { Router } from 'express';
import { listPrgContacts } from '../app/list-prg-contacts';
import type { PrgDirectoryPort } from '../app/ports';
import { signedInPerson } from './require-person';

/** The PRG contacts (a page at a time) and the list of communities, for anyone signed in. */
export function directoryRoutes(directory: PrgDirectoryPort): Router {
  const router = Router();
  router.get('/prg/contacts', async (req, res) => {
    const query = typeof req.query.q === 'string' ? req.query.q.slice(0, 100) : '';
    res.json(await listPrgContacts(directory, signedInPerson(res.locals), query, req.query));
  });
  router.get('/communities', async (_req, res) => {
    res.json({ communities: await directory.communities() });
  });
  return router;
}
