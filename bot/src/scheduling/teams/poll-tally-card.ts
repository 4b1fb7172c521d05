import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import { POLL_VERBS } from './poll-question-card';
import { pollDeadline, pollMonth, pollWhen } from './poll-when';

/** One date's answers as the chair sees them. */
interface TallyDate {
  month: string;
  startMs: number;
  endMs: number;
  works: string[];
  cannot: { name: string; reason: string | null }[];
  pending: string[];
}

/** What the chair's tally card shows. */
export interface PollTallyView {
  pollId: string;
  communityName: string;
  academicYear: string;
  closesAtMs: number;
  status: 'open' | 'confirmed' | 'closed';
  dates: TallyDate[];
  /** What went wrong with the chair's last action, if anything. */
  problem?: string;
}

/** One date: the counts, who cannot and why, who has not answered, and (while open) Suggest another date. */
function dateSection(d: TallyDate, open: boolean, pollId: string): CardElement[] {
  const answered = `✔ ${d.works.length} works · ✘ ${d.cannot.length} can't · ${d.pending.length} not answered`;
  const section: CardElement[] = [
    text(`**${pollMonth(d.month)}**: ${pollWhen(d.startMs, d.endMs)}`, { spacing: 'Medium', separator: true }),
    text(answered, { color: d.cannot.length > 0 ? 'Warning' : 'Default' }),
    ...d.cannot.map((c) => text(`✘ ${c.name}${c.reason ? `: ${c.reason}` : ''}`, { size: 'Small' })),
  ];
  if (d.pending.length > 0)
    section.push(text(`Not answered: ${d.pending.join(', ')}`, { size: 'Small', isSubtle: true }));
  if (open && d.cannot.length > 0) {
    section.push({
      type: 'ActionSet',
      actions: [
        executeAction(`Suggest another date for ${pollMonth(d.month)}`, POLL_VERBS.suggest, { pollId, month: d.month }),
      ],
    });
  }
  return section;
}

/**
 * The chair's view of the poll, brought up to date whenever they look at it (a Universal Actions refresh): the
 * tally per date, who has not answered, Suggest another date where someone cannot come, and Confirm.
 */
export function pollTallyCard(view: PollTallyView): AdaptiveCard {
  const open = view.status === 'open';
  const body: CardElement[] = [
    text(`${view.academicYear} dates: what the community says`, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(
      open
        ? `${view.communityName}. Answers are due by ${pollDeadline(view.closesAtMs)}; those who have not answered are reminded a week before.`
        : `${view.communityName}. The dates are confirmed: the meetings are being put in calendars.`,
      { isSubtle: true },
    ),
  ];
  if (view.problem) body.push(text(view.problem, { color: 'Attention', weight: 'Bolder' }));
  body.push(...view.dates.flatMap((d) => dateSection(d, open, view.pollId)));
  const card = adaptiveCard(
    body,
    open
      ? [
          executeAction('Confirm these dates', POLL_VERBS.confirm, { pollId: view.pollId }),
          executeAction('Refresh', POLL_VERBS.show, { pollId: view.pollId }),
        ]
      : [],
  );
  return { ...card, refresh: { action: executeAction('Refresh', POLL_VERBS.show, { pollId: view.pollId }) } };
}
