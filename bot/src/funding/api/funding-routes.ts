import express, { Router } from 'express';
import { fundingBudgetRoutes } from './funding-budget-routes';
import { fundingRequestRoutes } from './funding-request-routes';
import type { FundingRouteDeps } from './funding-route-deps';
import { nextMeetingRoutes } from './next-meeting-routes';
import { representativeRoutes } from './representative-routes';

/** Funding API: requests and decisions, community budgets and agendas, school representatives, next meetings. */
export function fundingRoutes(deps: FundingRouteDeps): Router {
  const router = Router();
  router.use(express.json({ limit: '100kb' }));
  router.use(fundingRequestRoutes(deps));
  router.use(fundingBudgetRoutes(deps));
  router.use(representativeRoutes(deps));
  router.use(nextMeetingRoutes(deps));
  return router;
}
