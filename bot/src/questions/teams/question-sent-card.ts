import { type AdaptiveCard, adaptiveCard, executeAction, text } from '../../platform/cards/adaptive-card';

/** What the asker sees after deciding: their question went to KCC, or a published answer answered it. */
export interface QuestionSentView {
  question: string;
  themeName: string;
  outcome: 'sent' | 'self-answered';
  /** Whether a channel takes this theme yet (otherwise officers see it in their list). */
  routed: boolean;
  faq?: { question: string; answer: string };
}

/** The asker's confirmation: sent to KCC (the answer will come to this chat), or answered by the FAQ. */
export function questionSentCard(view: QuestionSentView): AdaptiveCard {
  if (view.outcome === 'self-answered') {
    return adaptiveCard(
      [
        text('Glad that answered it', { size: 'Large', weight: 'Bolder', style: 'heading' }),
        text('We have noted that this published answer answered your question.', { isSubtle: true }),
        ...(view.faq ? [text(`**${view.faq.question}**`), text(view.faq.answer)] : []),
      ],
      [executeAction('Ask another question', 'ask'), executeAction('Back to help', 'help')],
    );
  }
  return adaptiveCard(
    [
      text('Sent to KCC', { size: 'Large', weight: 'Bolder', style: 'heading' }),
      text(`Theme: ${view.themeName}`, { isSubtle: true }),
      text(view.question),
      text(
        view.routed
          ? 'A KCC officer will answer it; the answer comes to this chat.'
          : 'KCC officers will see it in their open questions; the answer comes to this chat.',
      ),
    ],
    [executeAction('Ask another question', 'ask'), executeAction('Back to help', 'help')],
  );
}
