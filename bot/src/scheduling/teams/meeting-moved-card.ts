import { type AdaptiveCard, adaptiveCard, type CardElement, text } from '../../platform/cards/adaptive-card';

/** What an attendee is told when a meeting moves. */
export interface MeetingMovedView {
  title: string;
  /** The new day and time, "Tuesday 8 September 2026, 15:45–17:15". */
  when: string;
  movedBy: string;
  comment: string | null;
  joinUrl: string | null;
  meetingsUrl: string;
}

/** The 1:1 card that says a meeting moved: the new time, who moved it and their message to attendees. */
export function meetingMovedCard(view: MeetingMovedView): AdaptiveCard {
  const actions: CardElement[] = [
    ...(view.joinUrl ? [{ type: 'Action.OpenUrl', title: 'Join the Teams meeting', url: view.joinUrl }] : []),
    { type: 'Action.OpenUrl', title: 'Your meetings', url: view.meetingsUrl },
  ];
  return adaptiveCard(
    [
      text('Meeting moved', { size: 'Medium', weight: 'Bolder', style: 'heading' }),
      text(view.title, { weight: 'Bolder' }),
      text(`Now: ${view.when}`, { wrap: true }),
      text(`Moved by ${view.movedBy}.`, { isSubtle: true }),
      ...(view.comment ? [text(`"${view.comment}"`, { wrap: true })] : []),
    ],
    actions,
  );
}
