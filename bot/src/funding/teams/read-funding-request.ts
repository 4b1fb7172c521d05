import type { Person } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import { fundingStatusLabels } from '../domain/funding-request';
import { formatPence } from '../domain/pence';
import { fundingRequestReadCard } from './funding-request-read-card';
import type { FundingTeamsDeps } from './funding-teams-deps';

/** "Read the request": one request in full for whoever may read it (the read is logged), with the school's others. */
export async function readFundingRequestCard(
  person: Person,
  data: Record<string, unknown>,
  deps: FundingTeamsDeps,
): Promise<AdaptiveCard> {
  const request = await deps.funding.request(person, String(data.requestId ?? ''));
  const [options, others] = await Promise.all([
    deps.funding.prgServices(),
    deps.funding.listRequests(person, { schoolId: request.schoolId, academicYear: request.academicYear, limit: '20' }),
  ]);
  const names = new Map(options.map((s) => [s.id, s.name]));
  return fundingRequestReadCard({
    request,
    prgServiceNames: request.prgServiceIds.map((id) => names.get(id) ?? id),
    otherRequests: others.items
      .filter((o) => o.id !== request.id)
      .map(
        (o) =>
          `${o.pupilReference ?? 'Whole school'}: ${formatPence(o.amountPence)}, ${fundingStatusLabels[o.status].toLowerCase()}`,
      ),
  });
}
