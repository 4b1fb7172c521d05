import { Router } from 'express';
import { signedInPerson } from '../../directory';
import type { FaqPhrasing } from '../domain/faq-phrasing';
import type { QuestionRouteDeps } from './faq-routes';

/** An entry's other wording as officers see it: what, where it came from, who added it and when. */
function phrasingJson(p: FaqPhrasing) {
  return { id: p.id, text: p.text, source: p.source, createdBy: p.createdBy, createdAt: p.createdAt };
}

/** "Also asked as": KCC officers list, add and remove the other wordings an FAQ entry is found by. */
export function faqPhrasingRoutes({ useCases }: Pick<QuestionRouteDeps, 'useCases'>): Router {
  const router = Router();
  router.get('/faq/:id/phrasings', async (req, res) => {
    const phrasings = await useCases.phrasings(signedInPerson(res.locals), req.params.id);
    res.json({ items: phrasings.map(phrasingJson) });
  });
  router.post('/faq/:id/phrasings', async (req, res) => {
    // Checked by the use case after it knows the person is an officer, so others are refused (403) whatever they send.
    const text = (req.body as Record<string, unknown> | null | undefined)?.text;
    const { phrasing, added } = await useCases.addPhrasing(signedInPerson(res.locals), req.params.id, text);
    res
      .status(added ? 201 : 200)
      .location(`/api/faq/${req.params.id}/phrasings/${phrasing.id}`)
      .json(phrasingJson(phrasing));
  });
  router.delete('/faq/:id/phrasings/:phrasingId', async (req, res) => {
    await useCases.removePhrasing(signedInPerson(res.locals), req.params.id, req.params.phrasingId);
    res.status(204).end();
  });
  return router;
}
