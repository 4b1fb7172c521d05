import { isOfficer, type Person } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import type { PageFirstReads } from '../../platform/feature';
import type { FundingService } from '../app/funding-service';
import { budgetJson, fundingRequestSummaryJson } from './funding-json';

/**
 * The first reads of the tab's Budget and Requests pages, sent with the sign-in at the paths the pages read them
 * from. A read the person may not make, or that finds nothing (no budget for the year yet), is left to the page,
 * which then says why.
 */
export function fundingFirstReads(useCases: FundingService): Record<string, PageFirstReads<Person>> {
  return {
    // The community the page opens on, as its picker chooses it: the one the address names if it is the person's,
    // else their first; for an officer the one named (without one, the first of every community: read by the page).
    budget: async (person, { year, community }) => {
      const own = person.roles.flatMap((r) => (r.communityId ? [r.communityId] : []));
      const communityId = isOfficer(person) ? community : community && own.includes(community) ? community : own[0];
      if (!communityId || !year || !/^[\w-]{1,100}$/.test(communityId)) return {};
      return unlessRefused(async () => ({
        [`/api/communities/${communityId}/budget?year=${year}`]: budgetJson(
          await useCases.budget(person, communityId, year),
        ),
      }));
    },
    // The first page of the person's requests, unfiltered.
    requests: (person) =>
      unlessRefused(async () => {
        const page = await useCases.listRequests(person, {});
        return {
          '/api/funding-requests': { items: page.items.map(fundingRequestSummaryJson), nextCursor: page.nextCursor },
        };
      }),
  };
}

async function unlessRefused(read: () => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UserFacingError) return {};
    throw error;
  }
}
