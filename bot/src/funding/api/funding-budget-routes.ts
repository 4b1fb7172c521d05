import express, { Router } from 'express';
import { signedInPerson } from '../../directory';
import { budgetSchema } from '../app/funding-action-schemas';
import { countyBudgetsCsv } from './county-budgets-csv';
import { budgetJson, fundingRequestSummaryJson } from './funding-json';
import { type FundingRouteDeps, queryText } from './funding-route-deps';

/** Community budgets (read one or all, export and import as CSV, set) and the agenda of a community's next meeting. */
export function fundingBudgetRoutes({ useCases, parse }: FundingRouteDeps): Router {
  const router = Router();
  router.get('/budgets', async (req, res) => {
    res.json(await useCases.countyBudgets(signedInPerson(res.locals), queryText(req.query.year)));
  });
  router.get('/budgets.csv', async (req, res) => {
    const view = await useCases.countyBudgets(signedInPerson(res.locals), queryText(req.query.year));
    res
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="community-budgets-${view.academicYear}.csv"`)
      .send(countyBudgetsCsv(view));
  });
  router.get('/communities/:id/budget', async (req, res) => {
    res.json(budgetJson(await useCases.budget(signedInPerson(res.locals), req.params.id, queryText(req.query.year))));
  });
  router.put('/communities/:id/budget', async (req, res) => {
    const budget = parse(budgetSchema, req.body);
    const year = queryText(req.query.year);
    res.json(budgetJson(await useCases.setBudget(signedInPerson(res.locals), req.params.id, year, budget)));
  });
  router.post('/budgets/import', express.text({ type: ['text/csv', 'text/plain'], limit: '1mb' }), async (req, res) => {
    const csv = typeof req.body === 'string' ? req.body : (req.body as { csv?: unknown } | undefined)?.csv;
    res.json(await useCases.importBudgets(signedInPerson(res.locals), typeof csv === 'string' ? csv : ''));
  });
  router.get('/communities/:id/agenda', async (req, res) => {
    const agenda = await useCases.agenda(signedInPerson(res.locals), req.params.id);
    res.json({
      communityId: agenda.communityId,
      communityName: agenda.communityName,
      meeting: agenda.meeting && {
        id: agenda.meeting.id,
        title: agenda.meeting.title,
        start: new Date(agenda.meeting.startMs).toISOString(),
        end: new Date(agenda.meeting.endMs).toISOString(),
      },
      requests: agenda.requests.map(fundingRequestSummaryJson),
      carriedOver: agenda.carriedOver.map(fundingRequestSummaryJson),
      waiting: agenda.waiting.map(fundingRequestSummaryJson),
    });
  });
  return router;
}
