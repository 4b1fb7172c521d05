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

/** One of the asker's questions: what they asked, where it stands, and KCC's latest answer if there is one. */
export interface MyQuestionItem {
  id: string;
  heading: string;
  text: string;
  status: string;
  answer: string | null;
}

/** A titled list of questions, one section each, with the card's own buttons at the end. */
function questionsListCard(title: string, summary: string, sections: CardElement[][], actions: CardElement[]) {
  const body: CardElement[] = [
    text(title, { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(summary, { isSubtle: true }),
    ...sections.map((items): CardElement => ({ type: 'Container', separator: true, items })),
  ];
  return adaptiveCard(body, actions);
}

/** The questions KCC still owes an answer, oldest first. */
export function openQuestionsCard(items: QuestionListItem[], total: number): AdaptiveCard {
  return questionsListCard(
    'Open questions',
    total === 0
      ? 'No question is waiting for an answer.'
      : `${total} question${total === 1 ? ' is' : 's are'} waiting for an answer${total > items.length ? `; the oldest ${items.length} are here` : ''}.`,
    items.map((item) => [
      text(`**${item.heading}**`),
      text(item.text, { spacing: 'Small' }),
      { type: 'ActionSet', actions: [executeAction('Open', 'questionCard', { questionId: item.id })] },
    ]),
    [executeAction('Search and edit the FAQ', 'faq'), executeAction('Back to help', 'help')],
  );
}

/** "My questions": the questions a school person sent KCC, newest first, with the answers they got. */
export function myQuestionsCard(items: MyQuestionItem[], total: number): AdaptiveCard {
  return questionsListCard(
    'My questions',
    total === 0
      ? 'You have not asked KCC anything yet.'
      : `You asked ${total} question${total === 1 ? '' : 's'}${total > items.length ? `; the latest ${items.length} are here` : ''}.`,
    items.map((item) => [
      text(`**${item.heading}**`),
      text(item.text, { spacing: 'Small', wrap: true }),
      text(item.status, { size: 'Small', isSubtle: true, spacing: 'Small' }),
      ...(item.answer ? [text(item.answer, { wrap: true, spacing: 'Small' })] : []),
    ]),
    [executeAction('Ask KCC a question', 'ask'), executeAction('Back to help', 'help')],
  );
}
