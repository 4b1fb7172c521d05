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

/** Where questions of a theme go: a Teams channel, or nowhere until an officer sets one. */
export interface ThemeRouting {
  themeName: string;
  routed: boolean;
}

/** A titled list of questions, one section each, with the card's own buttons at the end. */
function questionsListCard(
  title: string,
  summary: string,
  sections: CardElement[][],
  actions: CardElement[],
  footer: CardElement[] = [],
) {
  const body: CardElement[] = [
    text(title, { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(summary, { isSubtle: true }),
    ...sections.map((items): CardElement => ({ type: 'Container', separator: true, items })),
    ...footer,
  ];
  return adaptiveCard(body, actions);
}

/** "Where questions go": each theme's channel, and what reaches no channel until someone sets one. */
function routingSection(routing: ThemeRouting[]): CardElement[] {
  if (routing.length === 0) return [];
  const nowhere = routing.filter((r) => !r.routed).map((r) => r.themeName);
  return [
    text('Where questions go', { weight: 'Bolder', separator: true }),
    {
      type: 'FactSet',
      facts: routing.map((r) => ({ title: r.themeName, value: r.routed ? 'A Teams channel' : 'No channel yet' })),
    },
    text(
      nowhere.length === 0
        ? 'Every theme reaches a channel. To move one, mention the app with `set question channel <theme>` in the channel that should receive it.'
        : `Questions about ${nowhere.join(', ')} reach no channel yet: they wait here until an officer, in the Teams channel that should receive them, mentions the app with \`set question channel all\` (or the theme's name).`,
      { wrap: true, ...(nowhere.length > 0 ? { color: 'Attention' } : {}) },
    ),
  ];
}

/** The questions KCC still owes an answer, oldest first, and where each theme's questions go. */
export function openQuestionsCard(
  items: QuestionListItem[],
  total: number,
  routing: ThemeRouting[] = [],
): AdaptiveCard {
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
    routingSection(routing),
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
