import type { Person } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkedInput, invalid } from '../../platform/validation/checked-input';
import { requireChairOf, requireRepresentativeOf } from '../domain/funding-access';
import type { FundingRequest } from '../domain/funding-request';
import { checkDecision, checkRevocation, checkWithdrawal, type DecisionInput } from '../domain/request-lifecycle';
import { decisionSchema, revocationSchema } from './funding-action-schemas';
import { decisionNotification } from './funding-notifications';
import type { AgendaMeeting, FundingPorts } from './ports';

/** Records the community's decision (chair only); an approval commits its amount against the pot in the same step. */
export async function decideFundingRequest(
  ports: FundingPorts,
  person: Person,
  requestId: string,
  raw: DecisionInput,
): Promise<FundingRequest> {
  const input = checkedInput(decisionSchema, raw, 'The decision');
  const request = await requestOrRefuse(ports, requestId);
  requireChairOf(person, request.communityId);
  const decision = checkDecision(request, input);
  const deferredTo = decision.outcome === 'deferred' ? await laterMeeting(ports, request, decision) : null;
  const signpostedTo = decision.outcome === 'signposted' ? await prgService(ports, decision.prgServiceId) : null;
  const decisionId = ports.newId();
  const notification = await decisionNotification(ports, request, decisionId, {
    outcome: decision.outcome,
    amountPence: decision.amountPence ?? null,
    reason: decision.reason ?? null,
    deferredTo,
    signpostedTo,
  });
  return ports.requests.decide({
    decisionId,
    requestId,
    outcome: decision.outcome,
    amountPence: decision.amountPence ?? null,
    reason: decision.reason ?? null,
    deferredToMeetingId: deferredTo?.id ?? null,
    prgServiceId: signpostedTo?.id ?? null,
    decidedBy: person.id,
    decidedAtMs: ports.now(),
    notification,
  });
}

/** Takes back an approval (chair only) with a compensating ledger entry; the school is told. */
export async function revokeApproval(
  ports: FundingPorts,
  person: Person,
  requestId: string,
  raw: unknown,
): Promise<FundingRequest> {
  const { reason } = checkedInput(revocationSchema, raw, 'The revocation');
  const request = await requestOrRefuse(ports, requestId);
  requireChairOf(person, request.communityId);
  checkRevocation(request.status);
  const decisionId = ports.newId();
  const notification = await decisionNotification(ports, request, decisionId, {
    outcome: 'revoked',
    amountPence: request.decision?.amountPence ?? null,
    reason,
    deferredTo: null,
    signpostedTo: null,
  });
  return ports.requests.revoke({ decisionId, requestId, reason, actorId: person.id, atMs: ports.now(), notification });
}

/** Withdraws a request before it is decided (the school's representative only). */
export async function withdrawFundingRequest(
  ports: FundingPorts,
  person: Person,
  requestId: string,
): Promise<FundingRequest> {
  const request = await requestOrRefuse(ports, requestId);
  requireRepresentativeOf(person, request.schoolId);
  checkWithdrawal(request.status);
  return ports.requests.withdraw(requestId, person.id);
}

async function requestOrRefuse(ports: FundingPorts, requestId: string): Promise<FundingRequest> {
  const request = await ports.requests.request(requestId);
  if (!request) throw new UserFacingError('not-found', 'There is no such funding request.');
  return request;
}

async function laterMeeting(
  ports: FundingPorts,
  request: FundingRequest,
  decision: DecisionInput,
): Promise<AgendaMeeting> {
  const after = Math.max(ports.now(), request.agendaMeeting?.startMs ?? 0);
  const meetings = await ports.requests.upcomingMeetings(request.communityId, ports.now());
  const meeting = meetings.find((m) => m.id === decision.deferredToMeetingId);
  if (!meeting || meeting.startMs <= after) {
    throw invalid('The decision', {
      deferredToMeetingId: `Choose a later meeting of ${request.communityName}: ${
        meetings
          .filter((m) => m.startMs > after)
          .map((m) => `${m.title} (${m.id})`)
          .join(', ') || 'none is planned yet, so plan the meetings first'
      }.`,
    });
  }
  return meeting;
}

async function prgService(ports: FundingPorts, serviceId: string | undefined): Promise<{ id: string; name: string }> {
  const service = (await ports.requests.prgServices()).find((s) => s.id === serviceId);
  if (!service)
    throw invalid('The decision', { prgServiceId: `"${serviceId}" is not a PRG service in the directory.` });
  return service;
}
