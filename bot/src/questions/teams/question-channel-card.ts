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
  /** Before an answer is published: what the asker gets and what every school will read, to confirm or change. */
  preview?: AnswerPreview;
}

/** An answer about to be sent and published, as the officer typed it. */
export interface AnswerPreview {
  answerText: string;
  publishQuestion: string;
  publishAnswer: string;
  /** The FAQ entry it makes: the rewordings, or the question and answer as they are. */
  published: { question: string; answer: string };
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
    ...(v.preview ? previewLines(v.preview) : []),
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

/** The check before publishing: who reads what. */
function previewLines(p: AnswerPreview): CardElement[] {
  return [
    text('**Check before sending: this answer will be published**', { spacing: 'Large', separator: true }),
    text('The asker receives:', { isSubtle: true, size: 'Small' }),
    text(p.answerText),
    text('Every school can then read in the FAQ:', { isSubtle: true, size: 'Small', spacing: 'Medium' }),
    text(`**${p.published.question}**`),
    text(p.published.answer),
    text('If the published answer is about one school or pupil, change it before sending.', {
      color: 'Warning',
      size: 'Small',
    }),
  ];
}

const form = (title: string, items: CardElement[], button: CardElement): CardElement => ({
  type: 'Action.ShowCard',
  title,
  card: { type: 'AdaptiveCard', body: items, actions: [button] },
});

/** The answer form; filled in again when the officer changes an answer they were checking. */
function answerForm(q: QuestionCardView, title: string, preview?: AnswerPreview): CardElement {
  const value = (typed: string | undefined) => (typed ? { value: typed } : {});
  return form(
    title,
    [
      { ...input('answerText', 'Answer (the asker receives it)', true, 4000), ...value(preview?.answerText) },
      {
        type: 'Input.Toggle',
        id: 'publish',
        title: 'Publish to the FAQ (you check what is published before it is sent)',
        value: preview ? 'true' : 'false',
        valueOn: 'true',
        valueOff: 'false',
      },
      {
        ...input('publishQuestion', 'Question as published (optional rewording)', false, 2000),
        placeholder: q.text.slice(0, 200),
        ...value(preview?.publishQuestion),
      },
      {
        ...input(
          'publishAnswer',
          'Answer as published (optional rewording: leave out anything about one school; blank publishes the answer above)',
          false,
          4000,
        ),
        ...value(preview?.publishAnswer),
      },
    ],
    executeAction('Send answer', 'answerQuestion', { questionId: q.id }),
  );
}

function actionsFor(q: QuestionCardView, v: QuestionCardViewer): CardElement[] {
  if (!q.actionable || v.viewer === 'not-officer') return [];
  const data = { questionId: q.id };
  if (v.viewer === 'everyone') return [executeAction('Show actions', 'questionCard', data)];
  if (v.preview) {
    const { answerText, publishQuestion, publishAnswer } = v.preview;
    return [
      executeAction('Send and publish', 'answerQuestion', {
        ...data,
        confirmed: true,
        publish: 'true',
        answerText,
        publishQuestion,
        publishAnswer,
      }),
      answerForm(q, 'Change it', v.preview),
    ];
  }
  return [
    ...(q.assignedToViewer ? [] : [executeAction('Assign to me', 'assignQuestion', data)]),
    answerForm(q, 'Answer'),
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
