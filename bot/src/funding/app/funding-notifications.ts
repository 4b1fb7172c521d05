import type { FundingRequest } from '../domain/funding-request';
import type { AgendaMeeting, FundingNotification, FundingPorts, SchoolForFunding } from './ports';

/** The outbox kind that tells a school's representative about a decision (or a revoked approval). */
export const FUNDING_DECISION_KIND = 'funding-decision';

/** The outbox kind that tells a representative someone else has registered for their school. */
const REPRESENTATIVE_REPLACED_KIND = 'representative-replaced';
const REPRESENTATIVE_CHANGED_KIND = 'representative-changed';

/** What the decision card shows; the pupil appears only as the school's own reference. */
export interface DecisionNotice {
  outcome: 'approved' | 'declined' | 'deferred' | 'signposted' | 'revoked';
  amountPence: number | null;
  reason: string | null;
  deferredTo: AgendaMeeting | null;
  signpostedTo: { id: string; name: string } | null;
}

/** A decision notice for the school's current representative (or, without one, whoever submitted the request). */
export async function decisionNotification(
  ports: FundingPorts,
  request: FundingRequest,
  decisionId: string,
  notice: DecisionNotice,
): Promise<FundingNotification> {
  const current = await ports.representatives.representativeOf(request.schoolId);
  return {
    kind: FUNDING_DECISION_KIND,
    personIds: [...new Set([current?.personId, request.submittedBy].filter((id): id is string => Boolean(id)))],
    dedupeKey: `${FUNDING_DECISION_KIND}:${decisionId}`,
    payload: {
      requestId: request.id,
      schoolId: request.schoolId,
      schoolName: request.schoolName,
      communityName: request.communityName,
      pupilReference: request.pupilReference,
      requestType: request.requestType,
      requestedPence: request.amountPence,
      outcome: notice.outcome,
      amountPence: notice.amountPence,
      reason: notice.reason,
      deferredTo: notice.deferredTo && {
        meetingId: notice.deferredTo.id,
        title: notice.deferredTo.title,
        start: new Date(notice.deferredTo.startMs).toISOString(),
      },
      signpostedTo: notice.signpostedTo && { serviceId: notice.signpostedTo.id, name: notice.signpostedTo.name },
      decidedAt: new Date(ports.now()).toISOString(),
    },
  };
}

/** The notices of a replacement: to the representative who was replaced, and to each chair of the community. */
export function replacementNotifications(
  school: SchoolForFunding,
  replaced: { personId: string; displayName: string },
  newRepresentativeName: string,
  chairIds: string[],
  registrationId: string,
  atMs: number,
): FundingNotification[] {
  const payload = {
    schoolId: school.id,
    schoolName: school.name,
    communityName: school.communityName,
    newRepresentativeName,
    previousRepresentativeName: replaced.displayName,
    registeredAt: new Date(atMs).toISOString(),
  };
  return [
    {
      kind: REPRESENTATIVE_REPLACED_KIND,
      personIds: [replaced.personId],
      dedupeKey: `${REPRESENTATIVE_REPLACED_KIND}:${registrationId}`,
      payload,
    },
    ...chairIds
      .filter((chairId) => chairId !== replaced.personId)
      .map((chairId) => ({
        kind: REPRESENTATIVE_CHANGED_KIND,
        personIds: [chairId],
        dedupeKey: `${REPRESENTATIVE_CHANGED_KIND}:${registrationId}:${chairId}`,
        payload,
      })),
  ];
}
