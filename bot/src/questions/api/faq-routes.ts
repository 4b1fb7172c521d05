import express, { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import { signedInPerson } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { parseBody } from '../../platform/http/parse-body';
import type { LimitedAction } from '../../platform/limits/rate-limits';
import type { QuestionsService } from '../app/questions-service';
import { faqMarkdown } from './faq-markdown';
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
});

/** The FAQ knowledge base: search (anyone signed in), and add, edit and retire (KCC officers). */
export function faqRoutes({ useCases, parse, limit }: QuestionRouteDeps): Router {
  const router = Router();
  router.use('/faq', express.json({ limit: '100kb' }));
  router.get('/faq/search', limit('search'), async (req, res) => {
    const { q, top } = parse(searchQuery, req.query);
    res.json({ results: (await useCases.searchFaq(q, top)).map(faqResultJson) });
  });
  router.get('/faq', async (req, res) => {
    const page = await useCases.browseFaq(req.query);
    res.json({ items: page.items.map(faqEntryJson), nextCursor: page.nextCursor });
  });
  router.get('/faq/export', async (req, res) => {
    const format =
      req.query.format === 'docx' ? 'docx' : req.query.format === 'md' || req.query.format === undefined ? 'md' : null;
    if (!format) throw new UserFacingError('invalid', 'Choose format=md or format=docx.', { format: 'md or docx' });
    const groups = await useCases.faqByTheme();
    const title = 'Locality Model for School Inclusion: frequently asked questions';
    res.setHeader('Content-Disposition', `attachment; filename="locality-model-faq.${format}"`);
    if (format === 'md') return void res.type('text/markdown; charset=utf-8').send(faqMarkdown(groups, title));
    res
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .send(await faqWord(groups, title));
  });
  router.get('/faq/:id', async (req, res) => {
    const entry = await useCases.faqEntry(req.params.id);
    if (entry?.status !== 'published') throw new UserFacingError('not-found', 'There is no such published FAQ entry.');
    res.json(faqEntryJson(entry));
  });
  router.post('/faq', async (req, res) => {
    const body = parse(entryBody, req.body);
    const entry = await useCases.addFaq(signedInPerson(res.locals), { ...body, themeId: body.theme });
    res.status(201).location(`/api/faq/${entry.id}`).json({ id: entry.id });
  });
  router.put('/faq/:id', async (req, res) => {
    const body = parse(entryBody, req.body);
    const entry = await useCases.editFaq(signedInPerson(res.locals), req.params.id, { ...body, themeId: body.theme });
    res.json(faqEntryJson(entry));
  });
  router.delete('/faq/:id', async (req, res) => {
    await useCases.retireFaq(signedInPerson(res.locals), req.params.id);
    res.status(204).end();
  });
  return router;
}
