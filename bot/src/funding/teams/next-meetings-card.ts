import { type AdaptiveCard, adaptiveCard, type CardElement, text } from '../../platform/cards/adaptive-card';
import { formatZonedIso } from '../../platform/time/zoned-time';
import type { CommunityNextMeeting } from '../app/next-meetings';
import { meetingDay } from '../app/submission-window';
import { areaOfNeedLabels } from '../domain/funding-request';
import { formatPence } from '../domain/pence';

/** What the card shows: the person's communities with their next meetings, and where the tab's Meetings page is. */
export interface NextMeetingsView {
  title: string;
  communities: CommunityNextMeeting[];
  /** Each community's meeting papers (by community id): its own documents and KCC's agenda papers. */
  papers: Record<string, { title: string; url: string; isNew: boolean }[]>;
  /** The tab's Meetings page; with `{ meeting }`, opened to add that meeting to a calendar (.ics). */
  meetingsPageUrl: (query?: Record<string, string>) => string;
}

/** The standard items of every community meeting (KCC's terms of reference); funding requests are listed apart. */
const STANDARD_AGENDA = ['Terms of reference', 'Inclusion Dashboard', 'Funding requests', 'Planning'];

/** "Tuesday 8 September 2026, 15:45–17:15" in the meeting's zone. */
function when(startMs: number, endMs: number, timeZone: string): string {
  const clock = (ms: number) => formatZonedIso(ms, timeZone).slice(11, 16);
  return `${meetingDay({ startMs, timeZone })}, ${clock(startMs)}–${clock(endMs)}`;
}

/** "Next meeting" and "My communities": for each community, when and how to join, the agenda, who comes. */
export function nextMeetingsCard(view: NextMeetingsView): AdaptiveCard {
  const body: CardElement[] = [text(view.title, { size: 'Large', weight: 'Bolder', style: 'heading' })];
  if (view.communities.length === 0) {
    body.push(text('You have no role in a community yet, so there is no meeting to show.', { wrap: true }));
  }
  for (const c of view.communities)
    body.push(communitySection(c, view.papers[c.communityId] ?? [], view.meetingsPageUrl));
  return adaptiveCard(body, [
    { type: 'Action.OpenUrl', title: 'Open Meetings in the tab', url: view.meetingsPageUrl() },
  ]);
}

function communitySection(
  c: CommunityNextMeeting,
  papers: NextMeetingsView['papers'][string],
  meetingsPageUrl: NextMeetingsView['meetingsPageUrl'],
): CardElement {
  const chairs = c.chairs.length > 0 ? c.chairs.join(' and ') : 'not named yet';
  const items: CardElement[] = [
    text(c.communityName, { weight: 'Bolder', size: 'Medium' }),
    text(`Chair: ${chairs}`, { isSubtle: true, spacing: 'None' }),
  ];
  if (!c.meeting) {
    items.push(
      text(
        `No meeting is planned yet. ${c.chairs.length > 0 ? chairs : 'The chair'} plans the year's meetings; they then appear here and in your calendar.`,
        { wrap: true },
      ),
    );
    return { type: 'Container', separator: true, items };
  }
  const m = c.meeting;
  items.push(
    text(`**${when(m.startMs, m.endMs, m.timeZone)}** (UK time), online in Microsoft Teams`, { wrap: true }),
    text(`Agenda: ${STANDARD_AGENDA.join(' · ')}`, { wrap: true, spacing: 'Small' }),
    ...requestLines(c),
    ...(papers.length > 0
      ? [
          text(
            `Papers: ${papers.map((p) => `[${p.title.replace(/[[\]]/g, '')}](${p.url})${p.isNew ? ' (new)' : ''}`).join(' · ')}`,
            { wrap: true, spacing: 'Small' },
          ),
        ]
      : []),
    text(
      m.invited.length > 0
        ? `Invited (${m.invited.length}): the school representatives, the chair, the SEN Inclusion Adviser and the link practitioners.`
        : 'Invitations go out once the meeting is in calendars.',
      { isSubtle: true, wrap: true, spacing: 'Small' },
    ),
  );
  if (!m.joinUrl) {
    items.push(text('The join link arrives once the meeting is in calendars.', { isSubtle: true, spacing: 'Small' }));
  }
  const addToCalendar = {
    type: 'Action.OpenUrl',
    title: 'Add to calendar (.ics)',
    url: meetingsPageUrl({ meeting: m.id }),
  };
  items.push({
    type: 'ActionSet',
    actions: [
      ...(m.joinUrl ? [{ type: 'Action.OpenUrl', title: 'Join in Teams', url: m.joinUrl }] : []),
      addToCalendar,
    ],
  });
  return { type: 'Container', separator: true, items };
}

function requestLines(c: CommunityNextMeeting): CardElement[] {
  const mine = c.requests.filter((r) => r.mySchool).length;
  const heading =
    c.forServices !== null
      ? `Funding requests naming your service: ${c.requests.length} of ${c.requestsOnAgenda}`
      : `Funding requests on the agenda: ${c.requestsOnAgenda}${mine > 0 ? ` (${mine} from your school)` : ''}`;
  const lines = c.requests.map((r) => {
    const needs = r.areasOfNeed.map((a) => areaOfNeedLabels[a]).join(', ');
    const year = r.yearGroup === 'R' ? 'Reception' : `Year ${r.yearGroup}`;
    return `- ${r.mySchool ? '**Your school**: ' : ''}${r.schoolName}, ${year}, ${needs}: ${formatPence(r.amountPence)}`;
  });
  return [
    text(heading, { weight: 'Bolder', spacing: 'Small' }),
    ...(lines.length > 0 ? [text(lines.join('\n'), { wrap: true, spacing: 'None' })] : []),
  ];
}
