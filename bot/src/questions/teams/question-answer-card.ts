import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';

/** What the asker's answer card shows, and what they have done with it. */
export interface QuestionAnswerView {
  questionId: string;
  question: string;
  themeName: string;
  outcome: 'answered' | 'duplicate' | 'closed';
  text: string;
  by: string;
  faqQuestion: string | null;
  publishedToFaq: boolean;
  feedback: 'helpful' | 'not helpful' | null;
  followedUp: boolean;
}

const titles: Record<QuestionAnswerView['outcome'], string> = {
  answered: 'KCC answered your question',
  duplicate: 'The FAQ answers your question',
  closed: 'KCC closed your question',
};

/** KCC's answer (or closing) in the asker's 1:1 chat, with Helpful / Not helpful and a follow-up. */
export function questionAnswerCard(view: QuestionAnswerView): AdaptiveCard {
  const body: CardElement[] = [
    text(titles[view.outcome], { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(`You asked (${view.themeName}): ${view.question}`, { isSubtle: true }),
    ...(view.faqQuestion ? [text(`**${view.faqQuestion}**`, { spacing: 'Medium' })] : []),
    text(view.outcome === 'closed' ? `Why: ${view.text}` : view.text, { spacing: 'Medium' }),
    text(`${view.outcome === 'closed' ? 'Closed' : 'Answered'} by ${view.by}, KCC`, { size: 'Small', isSubtle: true }),
    ...(view.publishedToFaq
      ? [text('This answer is now in the published FAQ.', { size: 'Small', isSubtle: true })]
      : []),
    ...(view.feedback ? [text(`Thank you: you said this was ${view.feedback}.`, { spacing: 'Medium' })] : []),
    ...(view.followedUp
      ? [text('You followed up: KCC will answer here.', { spacing: 'Medium', weight: 'Bolder' })]
      : []),
  ];
  if (view.followedUp) return adaptiveCard(body);
  const data = { questionId: view.questionId };
  const feedback =
    view.outcome !== 'closed' && !view.feedback
      ? [
          executeAction('Helpful', 'questionFeedback', { ...data, helpful: true }),
          executeAction('Not helpful', 'questionFeedback', { ...data, helpful: false }),
        ]
      : [];
  return adaptiveCard(body, [
    ...feedback,
    {
      type: 'Action.ShowCard',
      title: 'Follow up',
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.Text',
            id: 'followUp',
            label: 'Your follow-up (the question reopens with its history)',
            isMultiline: true,
            isRequired: true,
            maxLength: 4000,
            errorMessage: 'Write your follow-up.',
          },
        ],
        actions: [executeAction('Send follow-up', 'questionFollowUp', data)],
      },
    },
  ]);
}
