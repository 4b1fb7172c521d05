import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';

/** A published answer offered before a question is sent. */
interface SuggestedAnswer {
  id: string;
  question: string;
  answer: string;
}

/** What the suggestions card shows; `mode` is `execute` in chats and `submit` in a message extension dialog. */
export interface QuestionSuggestionsView {
  questionId: string;
  question: string;
  suggestions: SuggestedAnswer[];
  mode: 'execute' | 'submit';
}

/** Up to three published answers that may already answer the question: "That answers it", or "Send to KCC". */
export function questionSuggestionsCard(view: QuestionSuggestionsView): AdaptiveCard {
  const button = (title: string, verb: string, data: Record<string, unknown>): CardElement =>
    view.mode === 'execute'
      ? executeAction(title, verb, { questionId: view.questionId, ...data })
      : { type: 'Action.Submit', title, data: { questionId: view.questionId, step: verb, ...data } };
  const body: CardElement[] = [
    text('Before you send it', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(`These published answers may already answer "${clip(view.question, 200)}".`, { isSubtle: true }),
  ];
  for (const s of view.suggestions.slice(0, 3)) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(`**${s.question}**`),
        text(clip(s.answer, 600), { spacing: 'Small' }),
        { type: 'ActionSet', actions: [button('That answers it', 'questionAnsweredByFaq', { faqId: s.id })] },
      ],
    });
  }
  body.push(
    text('Still need KCC? Send your question and the answer comes to your chat with me.', { spacing: 'Medium' }),
  );
  return adaptiveCard(body, [button('Send to KCC', 'sendQuestion', {})]);
}

/** Shortens text for a card, ending with an ellipsis when cut. */
export function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
}
