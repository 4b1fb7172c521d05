import express, { type RequestHandler, Router } from 'express';
import { signedInPerson } from '../../directory';
import type { LimitedAction } from '../../platform/limits/rate-limits';
import type { DocumentsService } from '../app/documents-service';
import { audienceLabel, type CommunityDocument, DOCUMENT_KINDS } from '../domain/community-document';

/** What the documents routes need. */
export interface DocumentRouteDeps {
  useCases: DocumentsService;
  /** Spends one of the signed-in person's writes (429 with Retry-After over the limit). */
  limit: (action: LimitedAction) => RequestHandler;
}

/** A document as the API shows it. */
function documentJson(d: CommunityDocument & { isNew?: boolean; communityName?: string | null }) {
  return {
    id: d.id,
    title: d.title,
    url: d.url,
    kind: d.kind,
    kindLabel: DOCUMENT_KINDS[d.kind],
    audience: d.audience.kind,
    communityId: d.audience.kind === 'community' ? d.audience.communityId : null,
    audienceLabel: audienceLabel(d.audience, d.communityName ?? undefined),
    version: d.version,
    updatedAt: new Date(d.updatedAtMs).toISOString(),
    ...(d.isNew === undefined ? {} : { isNew: d.isNew }),
  };
}

/** Documents and links: everyone lists theirs and marks them read; officers add, change, retire and announce them. */
export function documentRoutes({ useCases, limit }: DocumentRouteDeps): Router {
  const router = Router();
  router.use('/documents', express.json({ limit: '20kb' }));
  router.get('/documents', async (_req, res) => {
    const documents = await useCases.list(signedInPerson(res.locals));
    res.json({ items: documents.map(documentJson), kinds: DOCUMENT_KINDS });
  });
  router.post('/documents', limit('write'), async (req, res) => {
    const created = await useCases.create(signedInPerson(res.locals), req.body);
    res.status(201).location(`/api/documents/${created.id}`).json(documentJson(created));
  });
  router.put('/documents/:id', limit('write'), async (req, res) => {
    res.json(documentJson(await useCases.update(signedInPerson(res.locals), String(req.params.id), req.body)));
  });
  router.delete('/documents/:id', limit('write'), async (req, res) => {
    await useCases.retire(signedInPerson(res.locals), String(req.params.id));
    res.status(204).end();
  });
  router.post('/documents/:id/read', async (req, res) => {
    await useCases.markRead(signedInPerson(res.locals), String(req.params.id));
    res.status(204).end();
  });
  router.post('/documents/:id/announce', limit('write'), async (req, res) => {
    res.status(202).json(await useCases.announce(signedInPerson(res.locals), String(req.params.id)));
  });
  return router;
}
