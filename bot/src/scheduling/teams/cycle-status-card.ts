import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';

/** One meeting's line on the status card. */
interface MeetingStatusView {
  id: string;
  label: string;
  status: 'planned' | 'creating' | 'created' | 'failed' | 'cancelled';
  joinUrl: string | null;
  note?: string;
  date: string;
  time: string;
}

/** What the status card shows. */
export interface CycleStatusView {
  cycleId: string;
  communityName: string;
  academicYear: string;
  calendar: 'graph' | 'local';
  meetings: MeetingStatusView[];
  /** The chair's other communities, to plan next (a chair of several plans each). */
  alternatives?: { communityId: string; communityName: string }[];
  /** A change that was refused, shown on the card it was made from (the card stays as it was). */
  problem?: string;
  /** More buttons after the meetings (e.g. the KiT card's choice of chairs). */
  extraActions?: CardElement[];
  /** The meeting the refused change was about: the problem stands in that meeting's block, by its Reschedule. */
  problemMeetingId?: string;
}

const statusText: Record<MeetingStatusView['status'], string> = {
  planned: '⏳ Waiting to be added to calendars',
  creating: '⏳ Adding to calendars…',
  created: '✅ In calendars',
  failed: '❌ Not created',
  cancelled: '🚫 Cancelled',
};

/** The same without a Microsoft 365 calendar: the meetings live in the app and reach calendars as .ics files. */
const localStatusText: Record<MeetingStatusView['status'], string> = {
  ...statusText,
  planned: '⏳ Being saved',
  creating: '⏳ Being saved…',
  created: '✅ Saved in the app: download the .ics',
};

/** A cycle's meetings with their calendar progress and join links; reschedule or cancel each live one. */
export function cycleStatusCard(view: CycleStatusView): AdaptiveCard {
  const done = view.meetings.every((m) => m.status !== 'planned' && m.status !== 'creating');
  const body: CardElement[] = [
    text(`${view.academicYear} meetings`, { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(
      done
        ? `${view.communityName}: ${view.meetings.filter((m) => m.status === 'created').length} of ${view.meetings.length} meetings are ${view.calendar === 'local' ? 'saved' : 'in calendars'}.`
        : `${view.communityName}: adding the meetings to calendars. This card updates when it is done.`,
      { isSubtle: true },
    ),
  ];
  const problemLine = view.problem && text(view.problem, { weight: 'Bolder', color: 'Attention', wrap: true });
  const problemOnAMeeting = view.meetings.some((m) => m.id === view.problemMeetingId);
  if (problemLine && !problemOnAMeeting) body.push(problemLine);
  if (view.calendar === 'local') {
    body.push(
      text(
        'These meetings are kept in the app (no Microsoft 365 calendar is connected): download them as an .ics file from the Meetings tab.',
        { size: 'Small', isSubtle: true },
      ),
    );
  }
  for (const m of view.meetings) {
    const note =
      m.note ??
      (m.status === 'created' && !m.joinUrl && view.calendar === 'graph'
        ? 'Outlook made the meeting without a Teams link: add one in Outlook.'
        : undefined);
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(`**${m.label}**`),
        text((view.calendar === 'local' ? localStatusText : statusText)[m.status] + (note ? `: ${note}` : ''), {
          size: 'Small',
          spacing: 'None',
        }),
        ...(problemLine && m.id === view.problemMeetingId ? [problemLine] : []),
        ...(m.joinUrl && m.status === 'created'
          ? [text(`[Join the Teams meeting](${m.joinUrl})`, { size: 'Small', spacing: 'None' })]
          : []),
        ...(m.status === 'created' ? [meetingActions(m, view.cycleId)] : []),
      ],
    });
  }
  return adaptiveCard(body, [
    ...(view.alternatives ?? []).map((a) =>
      executeAction(`Plan ${a.communityName}`, 'planMeetings', { communityId: a.communityId }),
    ),
    ...(view.extraActions ?? []),
  ]);
}

function meetingActions(m: MeetingStatusView, cycleId: string): CardElement {
  return {
    type: 'ActionSet',
    actions: [
      {
        type: 'Action.ShowCard',
        title: 'Reschedule',
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.Date',
              id: 'date',
              label: 'New date',
              value: m.date,
              isRequired: true,
              errorMessage: 'Choose a date.',
            },
            {
              type: 'Input.Time',
              id: 'time',
              label: 'New start',
              value: m.time,
              isRequired: true,
              errorMessage: 'Choose a time.',
            },
            {
              type: 'Input.Text',
              id: 'message',
              label: 'Message to attendees (optional; they get it in Teams with the new time)',
              isMultiline: true,
              maxLength: 1000,
            },
          ],
          actions: [executeAction('Move the meeting', 'rescheduleMeeting', { meetingId: m.id, cycleId })],
        },
      },
      {
        type: 'Action.ShowCard',
        title: 'Cancel',
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.Text',
              id: 'comment',
              label: 'Why is it cancelled? Attendees receive this.',
              isMultiline: true,
              isRequired: true,
              maxLength: 1000,
              errorMessage: 'Say why the meeting is cancelled.',
            },
          ],
          actions: [executeAction('Cancel the meeting', 'cancelMeeting', { meetingId: m.id, cycleId })],
        },
      },
    ],
  };
}
