import type { SubmissionWindow } from '../app/agenda-placement';
import type { BudgetSummary } from '../app/community-budget';
import type { RequestEvent } from '../app/ports';
import { windowSentence } from '../app/submission-window';
import { areaOfNeedLabels, type FundingRequest, type MeetingRef } from '../domain/funding-request';

/** A funding request with its narrative, as the API shows one request: money in pence, instants as ISO 8601. */
export function fundingRequestJson(r: FundingRequest) {
  return {
    ...fundingRequestSummaryJson(r),
    currentProvision: r.currentProvision,
    whatIsWorking: r.whatIsWorking,
    hopedForOutcomes: r.hopedForOutcomes,
    nextSteps: r.nextSteps,
  };
}

/** A funding request in a list: everything but the narrative about the pupil, which only the one-request read gives. */
export function fundingRequestSummaryJson(r: FundingRequest) {
  return {
    id: r.id,
    status: r.status,
    schoolId: r.schoolId,
    schoolName: r.schoolName,
    communityId: r.communityId,
    communityName: r.communityName,
    academicYear: r.academicYear,
    pupilReference: r.pupilReference,
    yearGroup: r.yearGroup,
    requestType: r.requestType,
    groupSize: r.groupSize,
    areasOfNeed: r.areasOfNeed,
    areasOfNeedLabels: r.areasOfNeed.map((a) => areaOfNeedLabels[a]),
    amountPence: r.amountPence,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    prgServiceIds: r.prgServiceIds,
    submittedBy: r.submittedBy,
    submittedAt: new Date(r.submittedAtMs).toISOString(),
    agendaMeeting: meetingJson(r.agendaMeeting),
    decision: r.decision && {
      outcome: r.decision.outcome,
      amountPence: r.decision.amountPence,
      reason: r.decision.reason,
      decidedBy: r.decision.decidedBy,
      decidedAt: new Date(r.decision.decidedAtMs).toISOString(),
      meeting: meetingJson(r.decision.meeting),
      deferredTo: meetingJson(r.decision.deferredTo),
      signpostedTo: r.decision.signpostedTo,
    },
  };
}

/** A community budget as the API shows it. */
export function budgetJson(b: BudgetSummary) {
  return {
    communityId: b.communityId,
    communityName: b.communityName,
    academicYear: b.academicYear,
    allocationPence: b.allocationPence,
    protections: b.protections.map((p) => ({ label: p.label, amountPence: p.amountPence })),
    potPence: b.potPence,
    committedPence: b.committedPence,
    remainingPence: b.remainingPence,
    bySchool: b.bySchool,
    byMeeting: b.byMeeting.map((m) => ({
      meetingId: m.meetingId,
      title: m.title,
      start: m.startMs === null ? null : new Date(m.startMs).toISOString(),
      requestCount: m.requestCount,
      approvedCount: m.approvedCount,
      waitingCount: m.waitingCount,
      approvedPence: m.approvedPence,
    })),
  };
}

function meetingJson(m: MeetingRef | null) {
  return m && { id: m.id, title: m.title, start: new Date(m.startMs).toISOString() };
}

/** One step of a request's history as the API gives it. */
export function requestEventJson(e: RequestEvent) {
  return {
    event: e.kind,
    at: new Date(e.atMs).toISOString(),
    by: e.actorName,
    meeting: e.meetingTitle,
    amountPence: e.amountPence,
    reason: e.reason,
  };
}

/** Where a request submitted now goes: the meeting it joins, the next meeting's last day, and the form's sentence. */
export function submissionJson(w: SubmissionWindow) {
  const meeting = (m: { id: string; title: string; startMs: number } | null) =>
    m && { id: m.id, title: m.title, start: new Date(m.startMs).toISOString() };
  return {
    joins: meeting(w.joins),
    nextMeeting: w.nextMeeting && { ...meeting(w.nextMeeting), submitBy: w.nextMeeting.submitBy },
    summary: windowSentence(w),
  };
}
