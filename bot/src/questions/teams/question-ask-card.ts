import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';

/** What the "Ask KCC" form shows; `mode` is `execute` in chats and `submit` in a message extension dialog. */
export interface AskQuestionView {
  themes: { id: string; name: string }[];
  submissionId: string;
  themeId?: string;
  text?: string;
  context?: string;
  error?: string;
  mode: 'execute' | 'submit';
}

/** The form a school person asks KCC a question with: theme, question (10–2,000 characters), optional context. */
export function askQuestionCard(view: AskQuestionView): AdaptiveCard {
  const body: CardElement[] = [
    text('Ask KCC a question', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text('First we look for a published answer; if none fits, your question goes to the KCC officers for its theme.', {
      isSubtle: true,
    }),
    ...(view.error ? [text(view.error, { color: 'Attention', weight: 'Bolder' })] : []),
    {
      type: 'Input.ChoiceSet',
      id: 'theme',
      label: 'Theme',
      style: 'compact',
      isRequired: true,
      errorMessage: 'Choose a theme.',
      value: view.themeId ?? view.themes[0]?.id ?? '',
      choices: view.themes.map((t) => ({ title: t.name, value: t.id })),
    },
    {
      type: 'Input.Text',
      id: 'text',
      label: 'Your question',
      isMultiline: true,
      isRequired: true,
      maxLength: 2000,
      regex: '^[\\s\\S]{10,}$',
      errorMessage: 'Write the question in 10 to 2,000 characters.',
      placeholder: 'For example: can our inclusion lead attend community meetings instead of the SENCo?',
      ...(view.text ? { value: view.text } : {}),
    },
    {
      type: 'Input.Text',
      id: 'context',
      label: 'Anything KCC should know (optional)',
      isMultiline: true,
      maxLength: 2000,
      ...(view.context ? { value: view.context } : {}),
    },
    text('Never name a pupil: describe the situation instead.', { size: 'Small', isSubtle: true }),
  ];
  const data = { submissionId: view.submissionId };
  const next =
    view.mode === 'execute'
      ? executeAction('Check the FAQ', 'askQuestion', data)
      : { type: 'Action.Submit', title: 'Check the FAQ', data: { ...data, step: 'ask' } };
  return adaptiveCard(body, [next]);
}
