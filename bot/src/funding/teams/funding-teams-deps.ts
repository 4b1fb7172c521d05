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
  /** Community meetings' papers for this person (their own documents and KCC's agenda papers), from Documents. */
  meetingPapers: MeetingPapersPort;
}

/** Where meetings' papers come from: the documents the person may see for each community's meetings, by community. */
export type MeetingPapersPort = (
  person: Person,
  communityIds: string[],
) => Promise<Record<string, { title: string; url: string; isNew: boolean }[]>>;
