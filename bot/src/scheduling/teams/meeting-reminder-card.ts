import { type AdaptiveCard, adaptiveCard, type CardElement, text } from '../../platform/cards/adaptive-card';

/** What a meeting reminder shows. */
export interface MeetingReminderView {
  due: '7d' | '1d';
  title: string;
  /** The meeting's day, "Tuesday 8 September 2026". */
  day: string;
  when: string;
  joinUrl: string | null;
  agendaUrl: string;
}

/** The 1:1 reminder an attendee gets a week and a day before a meeting; it names the day rather than guessing "next week". */
export function meetingReminderCard(view: MeetingReminderView): AdaptiveCard {
  const actions: CardElement[] = [
    ...(view.joinUrl ? [{ type: 'Action.OpenUrl', title: 'Join the Teams meeting', url: view.joinUrl }] : []),
    { type: 'Action.OpenUrl', title: 'Next meeting and its agenda', url: view.agendaUrl },
  ];
  return adaptiveCard(
    [
      text(`Coming up on ${view.day}`, {
        size: 'Medium',
        weight: 'Bolder',
        style: 'heading',
      }),
      text(view.title, { weight: 'Bolder' }),
      text(view.when),
      ...(view.joinUrl
        ? []
        : [
            text('This meeting has no Teams link yet. The Meetings tab has it as an .ics file for your calendar.', {
              isSubtle: true,
              wrap: true,
            }),
          ]),
    ],
    actions,
  );
}
