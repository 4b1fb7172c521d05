import { Router } from 'express';
import { signedInPerson } from '../../directory';
import { decisionSchema, revocationSchema } from '../app/funding-action-schemas';
import { fundingRequestSchema } from '../app/funding-request-schema';
import { fundingRequestJson, fundingRequestSummaryJson, requestEventJson, submissionJson } from './funding-json';
import { type FundingRouteDeps, queryText } from './funding-route-deps';

/** Funding requests: the form's choices, submit (idempotent), list, read (logged) and who read, the decision's choices, decide, revoke an approval, withdraw. */
export function fundingRequestRoutes({ useCases, parse, limit }: FundingRouteDeps): Router {
  const router = Router();
  router.post('/funding-requests', limit('write'), async (req, res) => {
    const input = parse(fundingRequestSchema, req.body);
    const { request, created } = await useCases.submitRequest(
      signedInPerson(res.locals),
      input,
      req.get('Idempotency-Key'),
    );
    res
      .status(created ? 201 : 200)
      .location(`/api/funding-requests/${request.id}`)
      .json({ id: request.id, status: request.status });
  });
  router.get('/funding-request-form', async (_req, res) => {
    const options = await useCases.requestFormOptions(signedInPerson(res.locals));
    res.json({
      schools: options.schools.map((school) => {
        const window = options.windows[school.id];
        return { ...school, submission: window && submissionJson(window) };
      }),
      prgServices: options.prgServices,
      yearGroups: options.yearGroups,
      requestTypes: options.requestTypes,
      areasOfNeed: options.areasOfNeed,
    });
  });
  router.get('/funding-requests', async (req, res) => {
    const page = await useCases.listRequests(signedInPerson(res.locals), {
      communityId: queryText(req.query.communityId),
      schoolId: queryText(req.query.schoolId),
      status: queryText(req.query.status),
      academicYear: queryText(req.query.year),
      limit: queryText(req.query.limit),
      cursor: queryText(req.query.cursor),
    });
    res.json({ items: page.items.map(fundingRequestSummaryJson), nextCursor: page.nextCursor });
  });
  router.get('/funding-requests/:id', async (req, res) => {
    // The narrative is read afresh every time and kept in no cache: each read is logged, so none may be a 304.
    delete req.headers['if-none-match'];
    delete req.headers['if-modified-since'];
    res.setHeader('Cache-Control', 'no-store');
    const { history, ...request } = await useCases.requestWithHistory(signedInPerson(res.locals), req.params.id);
    res.json({ ...fundingRequestJson(request), history: history.map(requestEventJson) });
  });
  router.get('/funding-requests/:id/reads', async (req, res) => {
    const reads = await useCases.narrativeReads(signedInPerson(res.locals), req.params.id);
    res.json({
      reads: reads.map((r) => ({
        personId: r.personId,
        displayName: r.displayName,
        readAt: new Date(r.readAtMs).toISOString(),
      })),
    });
  });
  router.get('/funding-requests/:id/decision-options', async (req, res) => {
    const options = await useCases.decisionOptions(signedInPerson(res.locals), req.params.id);
    res.json({
      request: fundingRequestSummaryJson(options.request),
      laterMeetings: options.laterMeetings.map((m) => ({
        id: m.id,
        title: m.title,
        start: new Date(m.startMs).toISOString(),
      })),
      prgServices: options.prgServices,
      remainingPence: options.remainingPence,
    });
  });
  router.post('/funding-requests/:id/decision', async (req, res) => {
    const decision = parse(decisionSchema, req.body);
    res.json(fundingRequestSummaryJson(await useCases.decide(signedInPerson(res.locals), req.params.id, decision)));
  });
  router.post('/funding-requests/:id/revoke', async (req, res) => {
    const { reason } = parse(revocationSchema, req.body);
    res.json(
      fundingRequestSummaryJson(await useCases.revokeApproval(signedInPerson(res.locals), req.params.id, reason)),
    );
  });
  router.post('/funding-requests/:id/withdraw', async (req, res) => {
    res.json(fundingRequestSummaryJson(await useCases.withdraw(signedInPerson(res.locals), req.params.id)));
  });
  return router;
}
