import type { NotificationCard } from '../../platform/outbox/notification-cards';
import { formatPence } from '../domain/pence';
import { fundingDecisionCard } from './funding-decision-card';
import { representativeChangedCard } from './representative-changed-card';
import { representativeReplacedCard } from './representative-replaced-card';

const asPounds = (pence: unknown) => (typeof pence === 'number' ? formatPence(pence) : null);
const outcomes = ['approved', 'declined', 'deferred', 'signposted', 'revoked'] as const;

/** Cards for the funding notifications: a decision on a request, a representative replaced (to them, and to the chair). */
export function fundingNotificationCards(publicBaseUrl: string): Record<string, NotificationCard> {
  return {
    'funding-decision': (p) => {
      const deferred = p.deferredTo as { title?: string } | null | undefined;
      const signposted = p.signpostedTo as { name?: string } | null | undefined;
      const outcome = outcomes.find((o) => o === p.outcome) ?? 'declined';
      return fundingDecisionCard({
        schoolName: String(p.schoolName ?? 'Your school'),
        communityName: String(p.communityName ?? 'Your community'),
        pupilReference: String(p.pupilReference ?? ''),
        requestedPounds: asPounds(p.requestedPence) ?? '',
        outcome,
        amountPounds: asPounds(p.amountPence),
        reason: typeof p.reason === 'string' ? p.reason : null,
        deferredTo: deferred?.title ?? null,
        signpostedTo: signposted?.name ?? null,
        requestsUrl: `${publicBaseUrl.replace(/\/$/, '')}/requests`,
      });
    },
    'representative-changed': (p) =>
      representativeChangedCard({
        schoolName: String(p.schoolName ?? 'A school'),
        communityName: String(p.communityName ?? 'your community'),
        newRepresentativeName: String(p.newRepresentativeName ?? 'Someone'),
        previousRepresentativeName: String(p.previousRepresentativeName ?? 'the previous representative'),
      }),
    'representative-replaced': (p) =>
      representativeReplacedCard({
        schoolName: String(p.schoolName ?? 'your school'),
        communityName: String(p.communityName ?? 'your community'),
        newRepresentativeName: String(p.newRepresentativeName ?? 'Someone else'),
      }),
  };
}
