import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';

/** One waiting question in an officer's list. */
export interface QuestionListItem {
  id: string;
  heading: string;
  text: string;
}

/** The questions KCC still owes an answer, oldest first. */
export function openQuestionsCard(items: QuestionListItem[], total: number): AdaptiveCard {
  const body: CardElement[] = [
    text('Open questions', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(
      total === 0
        ? 'No question is waiting for an answer.'
        : `${total} question${total === 1 ? ' is' : 's are'} waiting for an answer${total > items.length ? `; the oldest ${items.length} are here` : ''}.`,
      { isSubtle: true },
    ),
  ];
  for (const item of items) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(`**${item.heading}**`),
        text(item.text, { spacing: 'Small' }),
        { type: 'ActionSet', actions: [executeAction('Open', 'questionCard', { questionId: item.id })] },
      ],
    });
  }
  return adaptiveCard(body, [executeAction('Search and edit the FAQ', 'faq'), executeAction('Back to help', 'help')]);
}
