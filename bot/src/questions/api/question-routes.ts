import express, { Router } from 'express';
import { z } from 'zod';
import { signedInPerson } from '../../directory';
import type { QuestionStatus } from '../domain/question';
import type { QuestionRouteDeps } from './faq-routes';
import { faqResultJson, questionJson } from './question-json';

const STATUSES = ['draft', 'self-answered', 'open', 'assigned', 'answered', 'duplicate', 'closed'] as const;

const askBody = z.object({
  theme: z.string({ error: 'Choose a theme (its id or name).' }),
  text: z.string({ error: 'Write the question (10 to 2,000 characters).' }),
  context: z.string().nullable().optional(),
  draft: z.boolean().default(false),
});
const listQuery = z.object({
  status: z
    .string()
    .optional()
    .refine((value) => !value || value.split(',').every((s) => (STATUSES as readonly string[]).includes(s.trim())), {
      message: `Use one or more of: ${STATUSES.join(', ')}.`,
    }),
  limit: z.string({ error: 'Give one limit.' }).optional(),
  cursor: z.string({ error: 'Give one cursor.' }).optional(),
});
const answerBody = z.object({
  text: z.string({ error: 'Write the answer.' }),
  publish: z.boolean({ error: 'Say whether to publish the answer to the FAQ (true or false).' }).default(false),
  publishQuestion: z.string().max(2000).optional(),
  publishAnswer: z.string().max(4000).optional(),
});
const faqIdBody = z.object({ faqId: z.string({ error: 'Give the id of the published FAQ entry.' }) });
const reasonBody = z.object({ reason: z.string({ error: 'Say why the question is closed.' }) });
const feedbackBody = z.object({ helpful: z.boolean({ error: 'Say whether the answer was helpful (true or false).' }) });
const followUpBody = z.object({ text: z.string({ error: 'Write your follow-up.' }) });
const themesBody = z.object({
  themes: z.array(z.object({ id: z.string().optional(), name: z.string({ error: 'Give each theme a name.' }) }), {
    error: 'List the themes, in order: [{"id"?, "name"}].',
  }),
});
const routeBody = z.object({
  conversationId: z
    .string({ error: 'Give the Teams channel id (19:…@thread.tacv2) where the app is installed.' })
    .min(3),
});

/** Questions to KCC: ask (with suggestions), follow, answer (officers), and the asker's feedback and follow-up. */
export function questionRoutes({ useCases, parse, limit }: QuestionRouteDeps): Router {
  const router = Router();
  router.use('/questions', express.json({ limit: '100kb' }));
  router.get('/questions/themes', async (_req, res) => {
    res.json({ themes: await useCases.themes(signedInPerson(res.locals)) });
  });
  router.put('/questions/themes', async (req, res) => {
    const { themes } = parse(themesBody, req.body);
    res.json({ themes: await useCases.setThemes(signedInPerson(res.locals), themes) });
  });
  router.post('/questions', limit('write'), async (req, res) => {
    const person = signedInPerson(res.locals);
    const body = parse(askBody, req.body);
    const key = req.get('idempotency-key')?.slice(0, 200) || undefined;
    const drafted = await useCases.draft(person, { themeId: body.theme, text: body.text, context: body.context }, key);
    const question = body.draft ? drafted.question : await useCases.send(person, drafted.question.id);
    res
      .status(201)
      .location(`/api/questions/${question.id}`)
      .json({
        id: question.id,
        status: question.status,
        ...(body.draft
          ? {
              suggestions: drafted.suggestions.map((entry) =>
                faqResultJson({ entry, score: 0, confidence: 0, coverage: 0 }, useCases.today()),
              ),
            }
          : {}),
      });
  });
  router.get('/questions', async (req, res) => {
    const { status, limit, cursor } = parse(listQuery, req.query);
    const statuses = status?.split(',').map((s) => s.trim() as QuestionStatus);
    const page = await useCases.page(signedInPerson(res.locals), statuses, { limit, cursor });
    res.json({ items: page.items.map(questionJson), nextCursor: page.nextCursor });
  });
  router.get('/questions/:id', async (req, res) => {
    res.json(questionJson(await useCases.read(signedInPerson(res.locals), req.params.id)));
  });
  const change = (
    path: string,
    run: (body: unknown, id: string, locals: Record<string, unknown>) => Promise<Parameters<typeof questionJson>[0]>,
  ) =>
    router.post(`/questions/:id/${path}`, async (req, res) => {
      res.json(questionJson(await run(req.body, req.params.id as string, res.locals)));
    });
  change('send', (_b, id, l) => useCases.send(signedInPerson(l), id));
  change('answered-by-faq', (b, id, l) => useCases.answeredByFaq(signedInPerson(l), id, parse(faqIdBody, b).faqId));
  change('assign', (_b, id, l) => useCases.assignToMe(signedInPerson(l), id));
  change('answer', (b, id, l) => useCases.answer(signedInPerson(l), id, parse(answerBody, b)));
  change('duplicate', (b, id, l) => useCases.markDuplicate(signedInPerson(l), id, parse(faqIdBody, b).faqId));
  change('close', (b, id, l) => useCases.close(signedInPerson(l), id, parse(reasonBody, b).reason));
  change('feedback', (b, id, l) => useCases.feedback(signedInPerson(l), id, parse(feedbackBody, b).helpful));
  change('follow-up', (b, id, l) => useCases.followUp(signedInPerson(l), id, parse(followUpBody, b).text));
  router.get('/question-routes', async (_req, res) => {
    res.json({ routes: await useCases.routes(signedInPerson(res.locals)) });
  });
  router.put('/question-routes/:theme', express.json({ limit: '10kb' }), async (req, res) => {
    const { conversationId } = parse(routeBody, req.body);
    const person = signedInPerson(res.locals);
    const route = await useCases.routeTheme(person, req.params.theme as string, conversationId);
    res.json({ theme: route.themeKey, themeName: route.themeName, conversationId });
  });
  return router;
}
