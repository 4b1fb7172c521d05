import { Router } from 'express';
import { signedInPerson } from '../../directory';
import type { FundingRouteDeps } from './funding-route-deps';

/** The next meeting of each of the signed-in person's communities, with the agenda requests they may see. */
export function nextMeetingRoutes({ useCases }: FundingRouteDeps): Router {
  const router = Router();
  router.get('/next-meetings', async (_req, res) => {
    const communities = await useCases.nextMeetings(signedInPerson(res.locals));
    res.json({
      communities: communities.map((c) => ({
        communityId: c.communityId,
        communityName: c.communityName,
        roles: c.roles,
        chairs: c.chairs,
        meeting: c.meeting && {
          id: c.meeting.id,
          title: c.meeting.title,
          start: new Date(c.meeting.startMs).toISOString(),
          end: new Date(c.meeting.endMs).toISOString(),
          timeZone: c.meeting.timeZone,
          joinUrl: c.meeting.joinUrl,
          invited: c.meeting.invited,
        },
        requests: c.requests,
        requestsOnAgenda: c.requestsOnAgenda,
        forServices: c.forServices,
      })),
    });
  });
  return router;
}
