import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import type { FaqEntryView } from './faq-entry-card';

/** What a question typed in the chat found: the published answers good enough to offer, and where to ask next. */
export interface FoundView {
  query: string;
  /** Only answers the search is confident of; none means the FAQ has not answered the question yet. */
  answers: FaqEntryView[];
  /** The Contacts page, searching for the question's words. */
  contactsUrl: string;
}

/**
 * The answer to a question typed in the chat instead of a command: "Here is what I found…", or, when nothing
 * published answers it well, "We haven't answered this yet" with Send to KCC first instead of weak matches.
 */
export function foundCard(view: FoundView): AdaptiveCard {
  const answered = view.answers.length > 0;
  const ask = executeAction(answered ? 'Ask KCC this question' : 'Send to KCC', 'ask', { text: view.query });
  const actions = [
    ask,
    { type: 'Action.OpenUrl', title: 'Search contacts', url: view.contactsUrl },
    executeAction('Back to help', 'help'),
  ];
  if (!answered) return adaptiveCard(notAnsweredYet(view.query), actions);
  const body: CardElement[] = [heading(`Here is what I found for "${view.query}"`)];
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
  return adaptiveCard(body, actions);
}

function notAnsweredYet(query: string): CardElement[] {
  return [
    heading("We haven't answered this yet"),
    text(`Nothing KCC has published answers "${query}" well enough to show you.`, { wrap: true }),
    text('Send it to KCC and the answer comes to this chat, or look for the people who can help.', {
      wrap: true,
      isSubtle: true,
    }),
  ];
}

function heading(value: string): CardElement {
  return text(value, { size: 'Medium', weight: 'Bolder', style: 'heading', wrap: true });
}
