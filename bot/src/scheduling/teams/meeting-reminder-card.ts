import { type AdaptiveCard, adaptiveCard, type CardElement, text } from '../../platform/cards/adaptive-card';

/** What a meeting reminder shows. */
export interface MeetingReminderView {
  due: '7d' | '1d';
  title: string;
  when: string;
  joinUrl: string | null;
  agendaUrl: string;
}

/** The 1:1 reminder an attendee gets a week and a day before a meeting. */
export function meetingReminderCard(view: MeetingReminderView): AdaptiveCard {
  const actions: CardElement[] = [
    ...(view.joinUrl ? [{ type: 'Action.OpenUrl', title: 'Join the Teams meeting', url: view.joinUrl }] : []),
    { type: 'Action.OpenUrl', title: 'Agenda and requests', url: view.agendaUrl },
  ];
  return adaptiveCard(
    [
      text(view.due === '1d' ? 'Meeting tomorrow' : 'Meeting next week', {
        size: 'Medium',
        weight: 'Bolder',
        style: 'heading',
      }),
      text(view.title, { weight: 'Bolder' }),
      text(view.when),
      ...(view.joinUrl
        ? []
        : [text('This meeting has no Teams link; check the invitation in your calendar.', { isSubtle: true })]),
    ],
    actions,
  );
}
