import { randomUUID } from 'node:crypto';
import type { Person } from '../../directory';
import { orFormAgain } from '../../platform/bot/or-form-again';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { notForYouCard } from '../../platform/cards/not-for-you-card';
import { requestFromCardValues } from '../app/card-request-input';
import type { FundingRequest } from '../domain/funding-request';
import { formatPence } from '../domain/pence';
import { fundingRequestFormCard } from './funding-request-form-card';
import { type FundingRequestLine, fundingRequestsCard } from './funding-requests-card';
import type { FundingTeamsDeps } from './funding-teams-deps';

const statusText: Record<string, string> = {
  submitted: 'Submitted: waiting for a meeting',
  onAgenda: 'On the agenda',
  approved: 'Approved',
  declined: 'Declined',
  deferred: 'Deferred',
  signposted: 'Signposted to a PRG service',
  withdrawn: 'Withdrawn',
  revoked: 'Approval revoked',
};

/** "Request funding": the form, for school representatives. */
export async function fundingFormCard(
  person: Person,
  deps: FundingTeamsDeps,
  values?: Record<string, string>,
  error?: string,
): Promise<AdaptiveCard> {
  if (!person.roles.some((r) => r.role === 'representative')) {
    return notForYouCard(
      'Request funding',
      "Only a school's representative requests funding. Register as your school's representative first.",
    );
  }
  const options = await deps.funding.requestFormOptions(person);
  return fundingRequestFormCard({
    idempotencyKey: typeof values?.idempotencyKey === 'string' ? values.idempotencyKey : randomUUID(),
    schools: options.schools.map((s) => ({ id: s.id, name: s.name })),
    yearGroups: options.yearGroups,
    areasOfNeed: options.areasOfNeed,
    prgServices: options.prgServices.map((s) => ({ id: s.id, name: s.name })),
    values,
    error,
  });
}

/** "Submit request": stores it once per card (the card's idempotency key), or shows the form again with the problems. */
export async function submitFundingFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: FundingTeamsDeps,
): Promise<AdaptiveCard> {
  const values = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v ?? '')]));
  return orFormAgain(
    async () => {
      const { request, created } = await deps.funding.submitRequest(
        person,
        requestFromCardValues(data) as never,
        values.idempotencyKey,
      );
      const message = created
        ? `Request ${request.pupilReference ?? ''} submitted.`
        : 'This request was already submitted.';
      return myRequestsCard(person, deps, message);
    },
    (problem) => fundingFormCard(person, deps, values, problem),
  );
}

/** "My requests": the representative's school requests, newest first. */
export async function myRequestsCard(person: Person, deps: FundingTeamsDeps, message?: string): Promise<AdaptiveCard> {
  const requests = await deps.funding.myRequests(person);
  return fundingRequestsCard({
    title: 'My requests',
    intro: 'Funding requests from your school and what the community decided.',
    requests: requests.map((r) => line(r)),
    message,
  });
}

/** "Next agenda": the requests on the next meeting of the chair's community, each with "Record decision". */
export async function agendaCard(
  person: Person,
  data: Record<string, unknown>,
  deps: FundingTeamsDeps,
  message?: string,
): Promise<AdaptiveCard> {
  const communityId =
    typeof data.communityId === 'string' ? data.communityId : person.roles.find((r) => r.role === 'chair')?.communityId;
  if (!communityId) return notForYouCard('Next agenda', 'Only community chairs see the agenda.');
  const agenda = await deps.funding.agenda(person, communityId);
  const requests = [...agenda.requests, ...agenda.carriedOver];
  return fundingRequestsCard({
    title: agenda.meeting ? `Agenda: ${agenda.meeting.title}` : `${agenda.communityName}: no meeting planned`,
    intro: agenda.meeting
      ? `${requests.length} funding requests to decide.`
      : "Plan the year's meetings; requests then join the next meeting's agenda.",
    requests: requests.map((r) => line(r, true)),
    message,
  });
}

/** "Save decision" on the agenda: records it against the pot and refreshes the agenda. */
export async function decideFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: FundingTeamsDeps,
): Promise<AdaptiveCard> {
  const requestId = String(data.requestId ?? '');
  const amount =
    typeof data.amount === 'string' && data.amount.trim() !== '' ? Math.round(Number(data.amount) * 100) : undefined;
  const reason = typeof data.reason === 'string' && data.reason.trim() !== '' ? data.reason.trim() : undefined;
  const decided = await deps.funding.decide(person, requestId, {
    outcome: String(data.outcome ?? '') as never,
    amountPence: amount,
    reason,
  });
  return agendaCard(
    person,
    { communityId: decided.communityId },
    deps,
    `Recorded: ${statusText[decided.status] ?? decided.status} for ${decided.pupilReference ?? 'the request'}.`,
  );
}

function line(r: FundingRequest, decidable = false): FundingRequestLine {
  const decision = r.decision?.amountPence != null ? ` (${formatPence(r.decision.amountPence)})` : '';
  return {
    id: r.id,
    heading: `${r.pupilReference ?? 'Whole school'}: ${formatPence(r.amountPence)}`,
    detail: `${r.schoolName}, Year ${r.yearGroup}, submitted ${new Date(r.submittedAtMs).toISOString().slice(0, 10)}`,
    status: `${statusText[r.status] ?? r.status}${decision}${r.decision?.reason ? `: ${r.decision.reason}` : ''}`,
    decidable: decidable && ['submitted', 'onAgenda', 'deferred'].includes(r.status),
  };
}
