import express, { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import { signedInPerson } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { parseBody } from '../../platform/http/parse-body';
import { storableText } from '../../platform/http/storable-text';
import type { LimitedAction } from '../../platform/limits/rate-limits';
import type { QuestionsService } from '../app/questions-service';
import { writeFaqDocument } from '../domain/faq-document';
import { faqWord } from './faq-word';
import { faqEntryJson, faqResultJson } from './question-json';

/** What the FAQ routes need. */
export interface QuestionRouteDeps {
  useCases: QuestionsService;
  parse: typeof parseBody;
  /** Spends one of the signed-in person's writes or searches (429 with Retry-After over the limit). */
  limit: (action: LimitedAction) => RequestHandler;
}

const searchQuery = z.object({
  q: z.string({ error: 'Give the words to search for (q).' }).trim().min(1, 'Give the words to search for.').max(500),
  top: z.coerce.number({ error: 'top is a number from 1 to 25.' }).int().min(1).max(25).default(5),
});
const entryBody = z.object({
  question: z.string({ error: 'Write the question.' }),
  answer: z.string({ error: 'Write the answer.' }),
  theme: z.string({ error: 'Choose a theme (its id or name).' }),
  source: z.string().max(200).optional(),
  validUntil: z.string().nullable().optional(),
});
const ageingQuery = z.object({
  withinDays: z.coerce.number({ error: 'withinDays is a number of days (0 to 366).' }).int().min(0).max(366).optional(),
});
const importQuery = z.object({ source: z.string().max(200).optional() });

/** The FAQ knowledge base: search and browse (anyone signed in); add, edit, retire, import and review dates (KCC officers). */
export function faqRoutes({ useCases, parse, limit }: QuestionRouteDeps): Router {
  const router = Router();
  router.use('/faq', express.json({ limit: '100kb' }));
  router.get('/faq/search', limit('search'), async (req, res) => {
    const { q, top } = parse(searchQuery, req.query);
    const today = useCases.today();
    res.json({ results: (await useCases.searchFaq(q, top)).map((r) => faqResultJson(r, today)) });
  });
  router.get('/faq', async (req, res) => {
    const page = await useCases.browseFaq(req.query);
    const today = useCases.today();
    res.json({ items: page.items.map((e) => faqEntryJson(e, today)), nextCursor: page.nextCursor });
  });
  router.get('/faq/ageing', async (req, res) => {
    const { withinDays } = parse(ageingQuery, req.query);
    const entries = await useCases.ageingFaq(signedInPerson(res.locals), withinDays);
    const today = useCases.today();
    res.json({ items: entries.map((e) => faqEntryJson(e, today)) });
  });
  router.post(
    '/faq/import',
    limit('write'),
    express.text({ type: ['text/markdown', 'text/x-markdown', 'text/plain'], limit: '1mb' }),
    storableText(),
    async (req, res) => {
      const { source } = parse(importQuery, req.query);
      // The document itself (text/markdown), or JSON {"markdown": "…"} as the tab sends it.
      const markdown =
        typeof req.body === 'string' ? req.body : (req.body as { markdown?: unknown } | undefined)?.markdown;
      const result = await useCases.importFaq(
        signedInPerson(res.locals),
        typeof markdown === 'string' ? markdown : '',
        source,
      );
      res.status(result.imported > 0 ? 201 : 200).json(result);
    },
  );
  router.get('/faq/export', async (req, res) => {
    const format =
      req.query.format === 'docx' ? 'docx' : req.query.format === 'md' || req.query.format === undefined ? 'md' : null;
    if (!format) throw new UserFacingError('invalid', 'Choose format=md or format=docx.', { format: 'md or docx' });
    const groups = await useCases.faqByTheme();
    const title = 'Locality Model for School Inclusion: frequently asked questions';
    res.setHeader('Content-Disposition', `attachment; filename="locality-model-faq.${format}"`);
    if (format === 'md') return void res.type('text/markdown; charset=utf-8').send(writeFaqDocument(groups, title));
    res
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .send(await faqWord(groups, title));
  });
  router.get('/faq/:id', async (req, res) => {
    const entry = await useCases.faqEntry(req.params.id);
    if (entry?.status !== 'published') throw new UserFacingError('not-found', 'There is no such published FAQ entry.');
    res.json(faqEntryJson(entry, useCases.today()));
  });
  router.post('/faq', async (req, res) => {
    const body = parse(entryBody, req.body);
    const entry = await useCases.addFaq(signedInPerson(res.locals), { ...body, themeId: body.theme });
    res.status(201).location(`/api/faq/${entry.id}`).json({ id: entry.id });
  });
  router.put('/faq/:id', async (req, res) => {
    const body = parse(entryBody, req.body);
    const entry = await useCases.editFaq(signedInPerson(res.locals), req.params.id, { ...body, themeId: body.theme });
    res.json(faqEntryJson(entry, useCases.today()));
  });
  router.delete('/faq/:id', async (req, res) => {
    await useCases.retireFaq(signedInPerson(res.locals), req.params.id);
    res.status(204).end();
  });
  return router;
}
