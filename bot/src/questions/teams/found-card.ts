import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import type { FaqEntryView } from './faq-entry-card';

/** What a question typed in the chat found: the best published answers, and where to look or ask next. */
export interface FoundView {
  query: string;
  answers: FaqEntryView[];
  /** The Contacts page, searching for the question's words. */
  contactsUrl: string;
}

/** The answer to a question typed in the chat instead of a command: "Here is what I found…". */
export function foundCard(view: FoundView): AdaptiveCard {
  const body: CardElement[] = [
    text(`Here is what I found for "${view.query}"`, {
      size: 'Medium',
      weight: 'Bolder',
      style: 'heading',
      wrap: true,
    }),
  ];
  if (view.answers.length === 0) {
    body.push(text('Nothing KCC has published answers that yet. Ask KCC, or look for the people who can help.'));
  }
  for (const a of view.answers) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(`**${a.question}**`, { wrap: true }),
        ...(a.outOfDate ? [text(a.outOfDate, { weight: 'Bolder', color: 'Attention', wrap: true })] : []),
        text(a.answer, { wrap: true, spacing: 'Small' }),
        text(`${a.themeName} · ${a.source}`, { size: 'Small', isSubtle: true, spacing: 'Small' }),
      ],
    });
  }
  return adaptiveCard(body, [
    executeAction('Ask KCC this question', 'ask', { text: view.query }),
    { type: 'Action.OpenUrl', title: 'Search contacts', url: view.contactsUrl },
    executeAction('Back to help', 'help'),
  ]);
}
