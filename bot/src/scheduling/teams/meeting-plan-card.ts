import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';

/** One proposed meeting as the chair sees it: editable date and time, and why it was chosen. */
interface ProposedMeetingView {
  month: string;
  monthLabel: string;
  date: string;
  time: string;
  reason: string;
  outsideWindow: boolean;
}

/** What the planning card shows. */
export interface MeetingPlanView {
  communityId: string;
  communityName: string;
  academicYear: string;
  durationMinutes: number;
  meetings: ProposedMeetingView[];
  unplaced: string[];
  /** Months left out because they are over, each said in a sentence. */
  skipped?: string[];
  /** A problem with what the chair sent last time, shown at the top. */
  error?: string;
  /** Other communities this person chairs, to switch to. */
  alternatives?: { communityId: string; communityName: string }[];
  /** The action that creates the meetings (default: a community's cycle). */
  create?: { verb: string; data: Record<string, unknown> };
  /** More buttons after "Create meetings" (e.g. the KiT card's choice of chairs). */
  extraActions?: CardElement[];
}

/** The chair's planning card: seven proposed dates, each editable, then "Create meetings". */
export function meetingPlanCard(plan: MeetingPlanView): AdaptiveCard {
  const body: CardElement[] = [
    text(`Plan ${plan.academicYear} meetings`, { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(
      `${plan.communityName}. Each meeting lasts ${plan.durationMinutes} minutes. Change any date or time, then create the meetings.`,
      {
        isSubtle: true,
      },
    ),
  ];
  if (plan.error) body.push(text(plan.error, { color: 'Attention', weight: 'Bolder' }));
  for (const m of plan.meetings) {
    body.push(
      text(m.monthLabel, { weight: 'Bolder', spacing: 'Medium', separator: true }),
      {
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'stretch',
            items: [
              {
                type: 'Input.Date',
                id: `date_${m.month}`,
                label: 'Date',
                value: m.date,
                isRequired: true,
                errorMessage: 'Choose a date.',
              },
            ],
          },
          {
            type: 'Column',
            width: 'stretch',
            items: [
              {
                type: 'Input.Time',
                id: `time_${m.month}`,
                label: 'Start',
                value: m.time,
                isRequired: true,
                errorMessage: 'Choose a start time.',
              },
            ],
          },
        ],
      },
      text(m.outsideWindow ? `⚠ ${m.reason}` : m.reason, {
        size: 'Small',
        isSubtle: !m.outsideWindow,
        color: m.outsideWindow ? 'Warning' : 'Default',
      }),
    );
  }
  for (const reason of plan.unplaced) body.push(text(`⚠ ${reason}`, { size: 'Small', color: 'Warning' }));
  for (const reason of plan.skipped ?? []) body.push(text(reason, { size: 'Small', isSubtle: true }));
  return adaptiveCard(body, [
    executeAction(
      'Create meetings',
      plan.create?.verb ?? 'createCycle',
      plan.create?.data ?? { communityId: plan.communityId, academicYear: plan.academicYear },
    ),
    ...(plan.alternatives ?? []).map((a) =>
      executeAction(`Plan ${a.communityName} instead`, 'planMeetings', { communityId: a.communityId }),
    ),
    ...(plan.extraActions ?? []),
  ]);
}
