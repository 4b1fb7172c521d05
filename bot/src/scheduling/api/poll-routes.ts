import express, { Router } from 'express';
import { signedInPerson } from '../../directory';
import type { DatePollService, PollView } from '../app/date-polls';

/** A date's month and times as the API shows them. */
function pollDateJson(d: { month: string; startMs: number; endMs: number }) {
  return { month: d.month, start: new Date(d.startMs).toISOString(), end: new Date(d.endMs).toISOString() };
}

/** A poll as the API shows it: the chair and officers see every answer; the people asked, the dates and their own. */
function pollJson({ poll, manager, tally, mine }: PollView) {
  return {
    id: poll.id,
    communityId: poll.communityId,
    communityName: poll.communityName,
    academicYear: poll.academicYearId,
    status: poll.status,
    closesAt: new Date(poll.closesAtMs).toISOString(),
    cycleId: poll.cycleId,
    dates: tally.map((d) => ({
      ...pollDateJson(d),
      mine: mine.get(d.month) ?? null,
      ...(manager ? { works: d.works, cannot: d.cannot, pending: d.pending } : {}),
    })),
    ...(manager ? { invitees: poll.invitees, askedBefore: poll.earlierDates.map(pollDateJson) } : {}),
  };
}

/** Next year's dates confirmed together: start a poll (chair), answer it (those asked), re-plan a month, confirm. */
export function pollRoutes(polls: DatePollService): Router {
  const router = Router();
  router.use(['/polls', '/communities/:id/cycles/:year/poll'], express.json({ limit: '20kb' }));
  router.post('/communities/:id/cycles/:year/poll', async (req, res) => {
    const started = await polls.start(signedInPerson(res.locals), req.params.id, req.params.year, req.body);
    res
      .status(started.created ? 201 : 200)
      .location(`/api/polls/${started.pollId}`)
      .json({ pollId: started.pollId, alreadyOpen: !started.created });
  });
  router.get('/communities/:id/cycles/:year/poll', async (req, res) => {
    res.json(pollJson(await polls.ofYear(signedInPerson(res.locals), req.params.id, req.params.year)));
  });
  router.get('/polls/:id', async (req, res) => {
    res.json(pollJson(await polls.get(signedInPerson(res.locals), req.params.id)));
  });
  router.post('/polls/:id/answers', async (req, res) => {
    res.json(pollJson(await polls.answer(signedInPerson(res.locals), req.params.id, req.body)));
  });
  router.post('/polls/:id/dates/:month/replan', async (req, res) => {
    res.json(pollJson(await polls.suggestAnother(signedInPerson(res.locals), req.params.id, req.params.month)));
  });
  router.post('/polls/:id/confirm', async (req, res) => {
    const { cycleId } = await polls.confirm(signedInPerson(res.locals), req.params.id);
    res.status(202).location(`/api/cycles/${cycleId}`).json({ cycleId });
  });
  return router;
}
