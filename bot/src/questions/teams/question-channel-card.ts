import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';

/** A question as its channel card shows it (times already written for people). */
export interface QuestionCardView {
  id: string;
  themeName: string;
  text: string;
  context: string | null;
  asker: string;
  askedAt: string;
  statusLine: string;
  /** Whether officers can still act on it (open or assigned). */
  actionable: boolean;
  assignedToViewer: boolean;
  answer: string | null;
  faqQuestion: string | null;
  feedback: string | null;
  history: string[];
}

/** Who is looking: everyone (the card in the channel), an officer, or someone else who asked for the actions. */
export interface QuestionCardViewer {
  viewer: 'everyone' | 'officer' | 'not-officer';
  /** Published entries an officer may mark the question a duplicate of. */
  duplicateChoices: { id: string; question: string }[];
  /** Officers whose Teams clients fetch their own view of the card (at most 60). */
  refreshUserIds: string[];
  notice?: string;
}

/** The question's card in the KCC channel: officers assign, answer, mark duplicate or close it on the card itself. */
export function questionChannelCard(q: QuestionCardView, v: QuestionCardViewer): AdaptiveCard {
  const body: CardElement[] = [
    text(`Question: ${q.themeName}`, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    {
      type: 'FactSet',
      facts: [
        { title: 'From', value: q.asker },
        { title: 'Asked', value: q.askedAt },
        { title: 'Status', value: q.statusLine },
      ],
    },
    text(q.text, { spacing: 'Medium' }),
    ...(q.context ? [text(`Context: ${q.context}`, { isSubtle: true, size: 'Small' })] : []),
    ...(q.answer ? [text('**Answer**', { spacing: 'Medium' }), text(q.answer)] : []),
    ...(q.faqQuestion ? [text(`**Answered by the FAQ:** ${q.faqQuestion}`, { spacing: 'Medium' })] : []),
    ...(q.feedback ? [text(q.feedback, { isSubtle: true })] : []),
    ...(q.history.length > 0
      ? [text(q.history.join('\n\n'), { size: 'Small', isSubtle: true, spacing: 'Medium', separator: true })]
      : []),
    ...(v.notice ? [text(v.notice, { color: 'Attention', weight: 'Bolder' })] : []),
    ...(v.viewer === 'not-officer' && q.actionable
      ? [text('Only KCC officers act on questions.', { isSubtle: true })]
      : []),
  ];
  const card = adaptiveCard(body, actionsFor(q, v));
  if (v.refreshUserIds.length === 0 || !q.actionable) return card; // A finished question has no actions to refresh.
  const refresh = {
    action: { type: 'Action.Execute', title: 'Refresh', verb: 'questionCard', data: { questionId: q.id } },
    userIds: v.refreshUserIds.slice(0, 60),
  };
  return { ...card, refresh } as AdaptiveCard;
}

function actionsFor(q: QuestionCardView, v: QuestionCardViewer): CardElement[] {
  if (!q.actionable || v.viewer === 'not-officer') return [];
  const data = { questionId: q.id };
  if (v.viewer === 'everyone') return [executeAction('Show actions', 'questionCard', data)];
  const form = (title: string, items: CardElement[], button: CardElement): CardElement => ({
    type: 'Action.ShowCard',
    title,
    card: { type: 'AdaptiveCard', body: items, actions: [button] },
  });
  return [
    ...(q.assignedToViewer ? [] : [executeAction('Assign to me', 'assignQuestion', data)]),
    form(
      'Answer',
      [
        input('answerText', 'Answer (the asker receives it)', true, 4000),
        {
          type: 'Input.Toggle',
          id: 'publish',
          title: 'Publish to the FAQ',
          value: 'false',
          valueOn: 'true',
          valueOff: 'false',
        },
        {
          ...input('publishQuestion', 'Question as published (optional rewording)', false, 2000),
          placeholder: q.text.slice(0, 200),
        },
        input(
          'publishAnswer',
          'Answer as published (optional rewording: leave out anything about one school; blank publishes the answer above)',
          false,
          4000,
        ),
      ],
      executeAction('Send answer', 'answerQuestion', data),
    ),
    ...(v.duplicateChoices.length > 0
      ? [
          form(
            'Mark duplicate',
            [
              {
                type: 'Input.ChoiceSet',
                id: 'faqId',
                label: 'The published answer that answers it',
                isRequired: true,
                errorMessage: 'Pick a published answer.',
                choices: v.duplicateChoices.map((c) => ({ title: c.question, value: c.id })),
              },
            ],
            executeAction('Mark duplicate', 'markDuplicate', data),
          ),
        ]
      : []),
    form(
      'Close',
      [input('reason', 'Why close it? The asker sees this.', true, 4000)],
      executeAction('Close question', 'closeQuestion', data),
    ),
  ];
}

function input(id: string, label: string, required: boolean, maxLength: number): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    isMultiline: true,
    maxLength,
    ...(required ? { isRequired: true, errorMessage: `${label.split(' (')[0]} is needed.` } : {}),
  };
}
