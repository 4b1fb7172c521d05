import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import { pollDeadline, pollMonth, pollWhen } from './poll-when';

/** The card verbs of polls. */
export const POLL_VERBS = {
  answer: 'answerDatePoll',
  show: 'showDatePoll',
  start: 'startDatePoll',
  suggest: 'suggestPollDate',
  confirm: 'confirmDatePoll',
} as const;

/** One date asked, with the person's answer so far. */
export interface QuestionDate {
  month: string;
  startMs: number;
  endMs: number;
  works?: boolean;
  reason?: string | null;
}

/** What the question card shows one person. */
export interface PollQuestionView {
  pollId: string;
  heading: string;
  communityName: string;
  academicYear: string;
  closesAtMs: number;
  dates: QuestionDate[];
  open: boolean;
  /** "Thank you…" after saving, or what was wrong (shown in red). */
  note?: { text: string; problem: boolean };
}

/** A date's answer inputs: Works / Can't make it, and why not (optional). */
function dateInputs(d: QuestionDate): CardElement[] {
  return [
    text(`**${pollMonth(d.month)}**: ${pollWhen(d.startMs, d.endMs)}`, { spacing: 'Medium', separator: true }),
    {
      type: 'Input.ChoiceSet',
      id: `works_${d.month}`,
      label: `Can you make ${pollMonth(d.month)}?`,
      style: 'expanded',
      isRequired: false,
      value: d.works === undefined ? undefined : d.works ? 'yes' : 'no',
      choices: [
        { title: 'Works', value: 'yes' },
        { title: "Can't make it", value: 'no' },
      ],
    },
    {
      type: 'Input.Text',
      id: `reason_${d.month}`,
      label: 'If not, why? (optional; never a pupil’s name)',
      maxLength: 300,
      value: d.reason ?? undefined,
    },
  ];
}

/** The question to a representative, SEN IA or link practitioner: each proposed date, Works or Can't make it. */
export function pollQuestionCard(view: PollQuestionView): AdaptiveCard {
  const body: CardElement[] = [
    text(view.heading, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(
      view.open
        ? `${view.communityName}: the chair proposes these dates for the ${view.academicYear} meetings. Please answer by ${pollDeadline(view.closesAtMs)}; you can change your answers until the chair confirms the dates.`
        : `${view.communityName}: the chair has decided the ${view.academicYear} dates. The meetings come as calendar invitations.`,
      { isSubtle: true },
    ),
  ];
  if (view.note) body.push(text(view.note.text, { weight: 'Bolder', color: view.note.problem ? 'Attention' : 'Good' }));
  if (!view.open) return adaptiveCard(body);
  body.push(...view.dates.flatMap(dateInputs));
  return adaptiveCard(body, [executeAction('Send my answers', POLL_VERBS.answer, { pollId: view.pollId })]);
}
