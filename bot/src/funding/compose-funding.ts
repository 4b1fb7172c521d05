import type { DirectoryPort, Person } from '../directory';
import { tabPageUrl } from '../platform/cards/tab-page-url';
import type { Feature, FeatureMigrations } from '../platform/feature';
import { parseBody } from '../platform/http/parse-body';
import { limitedRoute, limitedVerb } from '../platform/limits/limited';
import type { PlatformParts } from '../platform/platform-parts';
import { fundingFirstReads } from './api/funding-first-reads';
import { fundingRoutes } from './api/funding-routes';
import { fundingService } from './app/funding-service';
import { fundingRepositories } from './store/funding-repository';
import * as funding from './store/migrations/0004-funding';
import * as narrativeReads from './store/migrations/0007-narrative-reads';
import * as auditWithoutNarrative from './store/migrations/0012-audit-without-narrative';
import * as fundingVersion from './store/migrations/0023-funding-version';
import * as requestsBySubmission from './store/migrations/0024-requests-by-submission';
import * as fundingVersionAreas from './store/migrations/0025-funding-version-areas';
import { budgetCardFor, countyBudgetsCardFor } from './teams/community-budget';
import {
  agendaCard,
  decideFromCard,
  fundingFormCard,
  myRequestsCard,
  submitFundingFromCard,
} from './teams/funding-cards';
import { fundingNotificationCards } from './teams/funding-notification-cards';
import type { FundingTeamsDeps, MeetingPapersPort } from './teams/funding-teams-deps';
import { fundingTextCommands } from './teams/funding-text-commands';
import { nextMeetingsCardFor } from './teams/next-meetings';
import { readFundingRequestCard } from './teams/read-funding-request';

/** The tables of budgets, the ledger, requests, decisions, representatives, the narrative access log, and the version of funding reads. */
export const fundingMigrations: FeatureMigrations = {
  '0004-funding': funding,
  '0007-narrative-reads': narrativeReads,
  '0012-audit-without-narrative': auditWithoutNarrative,
  '0023-funding-version': fundingVersion,
  '0024-requests-by-submission': requestsBySubmission,
  '0025-funding-version-areas': fundingVersionAreas,
};

/** How often requests whose meeting was cancelled, failed or passed undecided move to the next agenda. */
const PLACE_STRANDED_EVERY_MS = 2000;

/** Funding requests, representatives, budgets, agendas and decisions, wired to the store, Teams and the API. */
export function composeFunding(
  platform: PlatformParts,
  directory: DirectoryPort,
  meetingPapers: MeetingPapersPort,
): Feature<Person> {
  const service = fundingService({
    ...fundingRepositories(platform.db, platform.notifications),
    directory,
    now: platform.clock,
    newId: platform.newId,
  });
  const deps: FundingTeamsDeps = {
    directory,
    funding: service,
    budgetPageUrl: tabPageUrl(platform.config, 'budget'),
    meetingsPageUrl: (query) => tabPageUrl(platform.config, 'meetings', query),
    meetingPapers,
  };
  return {
    name: 'funding',
    routes: [
      fundingRoutes({ useCases: service, parse: parseBody, limit: (a) => limitedRoute(platform.rateLimits, a) }),
    ],
    firstReads: fundingFirstReads(service),
    cardVerbs: {
      requestFunding: ({ person }) => fundingFormCard(person, deps),
      submitFunding: limitedVerb(platform.rateLimits, 'write', ({ person, data }) =>
        submitFundingFromCard(person, data, deps),
      ),
      myRequests: ({ person }) => myRequestsCard(person, deps),
      budget: ({ person, data }) => budgetCardFor(person, data, deps),
      communityBudgets: ({ person }) => countyBudgetsCardFor(person, deps),
      agenda: ({ person, data }) => agendaCard(person, data, deps),
      nextMeeting: ({ person }) => nextMeetingsCardFor(person, deps, 'Next meeting'),
      myCommunities: ({ person }) => nextMeetingsCardFor(person, deps, 'My communities'),
      decideFunding: ({ person, data }) => decideFromCard(person, data, deps),
      readFundingRequest: ({ person, data }) => readFundingRequestCard(person, data, deps),
    },
    textCommands: fundingTextCommands(deps),
    notificationCards: fundingNotificationCards(platform.config.publicBaseUrl),
    jobs: [
      {
        name: 'place-stranded-requests',
        everyMs: PLACE_STRANDED_EVERY_MS,
        exclusive: true,
        run: service.placeStrandedRequests,
      },
    ],
  };
}
