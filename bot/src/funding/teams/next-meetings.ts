import type { Person } from '../../directory';
import type { AdaptiveCard } from '../../platform/cards/adaptive-card';
import type { FundingTeamsDeps } from './funding-teams-deps';
import { nextMeetingsCard } from './next-meetings-card';

/** "Next meeting" (or "My communities" for those who serve several): each of the person's communities and its next meeting. */
export async function nextMeetingsCardFor(
  person: Person,
  deps: FundingTeamsDeps,
  title: 'Next meeting' | 'My communities',
): Promise<AdaptiveCard> {
  const communities = await deps.funding.nextMeetings(person);
  const heading = title === 'Next meeting' && communities.length > 1 ? 'Next meetings' : title;
  const papers = await deps.meetingPapers(
    person,
    communities.filter((c) => c.meeting).map((c) => c.communityId),
  );
  return nextMeetingsCard({ title: heading, communities, papers, meetingsPageUrl: deps.meetingsPageUrl });
}
