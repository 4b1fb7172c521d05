import type { DirectoryPort, Person } from '../../directory';
import type { FundingService } from '../app/funding-service';

/** What funding's Teams handlers need. */
export interface FundingTeamsDeps {
  directory: DirectoryPort;
  funding: FundingService;
  /** Where the tab's Budget page opens from a card: a Teams deep link, or the page's web address. */
  budgetPageUrl: string;
  /** Where the tab's Meetings page opens from a card, with a query for the page (e.g. the meeting to add). */
  meetingsPageUrl: (query?: Record<string, string>) => string;
  /** A community meeting's papers for this person (its own documents and KCC's agenda papers), from Documents. */
  meetingPapers: MeetingPapersPort;
}

/** Where a meeting's papers come from: the documents the person may see for that community's meetings. */
export type MeetingPapersPort = (
  person: Person,
  communityId: string,
) => Promise<{ title: string; url: string; isNew: boolean }[]>;
