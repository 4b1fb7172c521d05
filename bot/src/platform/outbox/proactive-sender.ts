import { CardFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConversationRef } from '../conversations/conversation-refs';
import type { SendResult } from './message-sender';
import type { AfterSend, NotificationCard } from './notification-cards';

/** Posts notification cards into stored Teams conversations through the Bot Framework (proactive messages). */
export class ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly cards: Record<string, NotificationCard>,
    private readonly afterSend?: AfterSend,
  ) {}

  /** Posts the card for `kind` into the conversation; `gone` when the bot may no longer write there. */
  async post(ref: ConversationRef, kind: string, payload: Record<string, unknown>): Promise<SendResult> {
    const card = this.cards[kind];
    if (!card) return { status: 'gone', reason: `No card for notifications of kind "${kind}".` };
    try {
      await this.adapter.continueConversationAsync(
        this.botAppId,
        ref.reference as Partial<ConversationReference>,
        async (context) => {
          const posted = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card(payload))] });
          if (posted?.id) await this.afterSend?.(kind, payload, ref.conversationId, posted.id).catch(() => undefined);
        },
      );
      return { status: 'sent', channel: 'teams' };
    } catch (error) {
      return classify(error);
    }
  }
}

function classify(error: unknown): SendResult {
  const e = error as {
    statusCode?: number;
    message?: string;
    response?: { headers?: { get?: (name: string) => string | undefined } };
  };
  const reason = `${e.statusCode ?? 'network'}: ${e.message ?? String(error)}`.slice(0, 500);
  if (e.statusCode === 403 || e.statusCode === 404) return { status: 'gone', reason };
  const retryAfter = Number(e.response?.headers?.get?.('retry-after'));
  return { status: 'retry', afterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 5000, reason };
}
