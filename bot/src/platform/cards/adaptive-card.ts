/** An Adaptive Card element or action, as plain JSON. */
export type CardElement = Record<string, unknown>;

/** An Adaptive Card 1.5 document. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  /** Universal Actions: the action Teams invokes to bring the card up to date when someone looks at it. */
  refresh?: { action: CardElement; userIds?: string[] };
}

/** The content type Bot Framework uses for Adaptive Card attachments and invoke responses. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Wraps body and actions into an Adaptive Card 1.5 document. */
export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** A Universal Action button: `verb` routes it to one handler in the bot. */
export function executeAction(title: string, verb: string, data: Record<string, unknown> = {}): CardElement {
  return { type: 'Action.Execute', title, verb, data };
}

/** A text block with sensible wrapping. */
export function text(value: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}
