import { randomUUID } from 'node:crypto';
import type { Person } from '../../directory';
import { orFormAgain } from '../../platform/bot/or-form-again';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { notForYouCard } from '../../platform/cards/not-for-you-card';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { formatZonedIso, LONDON } from '../../platform/time/zoned-time';
import { requestFromCardValues } from '../app/card-request-input';
import { meetingDay, windowSentence } from '../app/submission-window';
import type { FundingRequest } from '../domain/funding-request';
import { formatPence, parsePoundsToPence } from '../domain/pence';
import { type DecisionInput, isUndecided } from '../domain/request-lifecycle';
import { type FormRefusal, fundingRequestFormCard } from './funding-request-form-card';
import { type DecisionChoices, type FundingRequestLine, fundingRequestsCard } from './funding-requests-card';
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
  refusal?: FormRefusal,
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
    deadlines: options.schools.flatMap((s) => {
      const window = options.windows[s.id];
      if (!window) return [];
      return [options.schools.length > 1 ? `${s.name}: ${windowSentence(window)}` : windowSentence(window)];
    }),
    yearGroups: options.yearGroups,
    areasOfNeed: options.areasOfNeed,
    prgServices: options.prgServices.map((s) => ({ id: s.id, name: s.name })),
    values,
    ...(refusal ? { refusal } : {}),
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
      const where = request.agendaMeeting
        ? ` It is on the agenda of the meeting on ${meetingDay({ startMs: request.agendaMeeting.startMs, timeZone: LONDON })}.`
        : ' It joins the first meeting the chair plans.';
      const message = created
        ? `Request ${request.pupilReference ?? ''} submitted.${where}`
        : `This request was already submitted.${where}`;
      return myRequestsCard(person, deps, message);
    },
    (problem, byField) => fundingFormCard(person, deps, values, { problem, byField }),
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
  problem?: string,
): Promise<AdaptiveCard> {
  const communityId =
    typeof data.communityId === 'string' ? data.communityId : person.roles.find((r) => r.role === 'chair')?.communityId;
  if (!communityId) return notForYouCard('Next agenda', 'Only community chairs see the agenda.');
  const agenda = await deps.funding.agenda(person, communityId);
  const requests = [...agenda.requests, ...agenda.carriedOver];
  const chairs = person.roles.some((r) => r.role === 'chair' && r.communityId === communityId);
  // The choices depend only on the meeting a request is on: read them once per meeting, not once per request.
  const choicesByMeeting = new Map<string, Promise<DecisionChoices>>();
  const choicesFor = (r: FundingRequest) => {
    const key = r.agendaMeeting?.id ?? '';
    if (!choicesByMeeting.has(key)) choicesByMeeting.set(key, decisionChoices(person, r.id, deps));
    return choicesByMeeting.get(key) as Promise<DecisionChoices>;
  };
  const lines = await Promise.all(
    requests.map(async (r) => {
      if (!chairs || !isUndecided(r.status)) return line(r);
      const choices = await choicesFor(r);
      return { ...line(r), decision: { ...choices, requestedPence: r.amountPence } };
    }),
  );
  return fundingRequestsCard({
    title: agenda.meeting ? `Agenda: ${agenda.meeting.title}` : `${agenda.communityName}: no meeting planned`,
    intro: agenda.meeting
      ? `${requests.length} funding ${requests.length === 1 ? 'request' : 'requests'} to decide.`
      : "Plan the year's meetings; requests then join the next meeting's agenda.",
    requests: lines,
    message,
    problem,
  });
}

/** What the decision form of one request offers: the pot before and after, later meetings, PRG services. */
async function decisionChoices(person: Person, requestId: string, deps: FundingTeamsDeps): Promise<DecisionChoices> {
  const options = await deps.funding.decisionOptions(person, requestId);
  return {
    communityId: options.request.communityId,
    requestedPence: options.request.amountPence,
    remainingPence: options.remainingPence,
    laterMeetings: options.laterMeetings.map((m) => ({ id: m.id, title: m.title })),
    prgServices: options.prgServices,
  };
}

/** "Save decision" on the agenda: records it against the pot and shows the agenda again, saying what was recorded. */
export async function decideFromCard(
  person: Person,
  data: Record<string, unknown>,
  deps: FundingTeamsDeps,
): Promise<AdaptiveCard> {
  const requestId = String(data.requestId ?? '');
  const text = (key: string) =>
    typeof data[key] === 'string' && data[key].trim() !== '' ? data[key].trim() : undefined;
  const outcome = String(data.outcome ?? '') as DecisionInput['outcome'];
  const amountText = outcome === 'approved' ? text('amount') : undefined;
  const amountPence = amountText === undefined ? undefined : parsePoundsToPence(amountText);
  return orFormAgain(
    async () => {
      if (amountText !== undefined && amountPence === undefined) {
        throw new UserFacingError('invalid', `"${amountText}" is not an amount in pounds, such as £2,500 or 2500.50.`, {
          amount: 'Give the amount in pounds.',
        });
      }
      const decided = await deps.funding.decide(person, requestId, {
        outcome,
        amountPence,
        reason: text('reason'),
        ...(outcome === 'deferred' ? { deferredToMeetingId: text('deferredTo') } : {}),
        ...(outcome === 'signposted' ? { prgServiceId: text('prgService') } : {}),
      });
      return agendaCard(person, { communityId: decided.communityId }, deps, `Recorded: ${decisionSentence(decided)}`);
    },
    (problem) => agendaCard(person, { communityId: data.communityId }, deps, undefined, `Not recorded. ${problem}`),
  );
}

/** "Approved £10,000.00 of £14,000.00 for Y5-223." and the like. */
function decisionSentence(r: FundingRequest): string {
  const who = r.pupilReference ?? `${r.schoolName} (whole school)`;
  const d = r.decision;
  if (r.status === 'approved' && d?.amountPence != null) {
    return `Approved ${formatPence(d.amountPence)} of ${formatPence(r.amountPence)} for ${who}.`;
  }
  if (r.status === 'deferred' && d?.deferredTo) return `Deferred ${who} to ${d.deferredTo.title}.`;
  if (r.status === 'signposted' && d?.signpostedTo) return `Signposted ${who} to ${d.signpostedTo.name}.`;
  return `${statusText[r.status] ?? r.status} for ${who}.`;
}

function line(r: FundingRequest): FundingRequestLine {
  const decision = r.decision?.amountPence != null ? ` (${formatPence(r.decision.amountPence)})` : '';
  return {
    id: r.id,
    heading: `${r.pupilReference ?? 'Whole school'}: ${formatPence(r.amountPence)}`,
    detail: `${r.schoolName}, ${r.yearGroup === 'R' ? 'Reception' : `Year ${r.yearGroup}`}, submitted ${shortDate(r.submittedAtMs)}${r.agendaMeeting && isUndecided(r.status) ? `, for the meeting on ${shortDate(r.agendaMeeting.startMs)}` : ''}`,
    status: `${statusText[r.status] ?? r.status}${decision}${r.decision?.reason ? `: ${r.decision.reason}` : ''}`,
  };
}

/** A day as cards write it: "Tue 1 December 2026" (UK time), never ISO. */
function shortDate(instantMs: number): string {
  const [year, month, day] = formatZonedIso(instantMs, LONDON).slice(0, 10).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
  const monthName = date.toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${weekday} ${day} ${monthName} ${year}`;
}
