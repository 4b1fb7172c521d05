import { CardFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConversationRefsPort } from '../conversations/conversation-refs';
import type { MessageSender, SendResult } from './message-sender';
import type { NotificationCard } from './notification-cards';

/** Sends outbox notifications into stored conversations through the Bot Framework (proactive messages). */
export class ProactiveSender implements MessageSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly refs: ConversationRefsPort,
    private readonly cards: Record<string, NotificationCard>,
    private readonly afterSend?: (
      kind: string,
      payload: Record<string, unknown>,
      conversationId: string,
      activityId: string,
    ) => Promise<void>,
  ) {}

  async tenantOf(conversationId: string): Promise<string> {
    const ref = await this.refs.find(conversationId);
    const conversation = ref?.reference.conversation as { tenantId?: string } | undefined;
    return conversation?.tenantId ?? 'unknown';
  }

  async send(conversationId: string, kind: string, payload: Record<string, unknown>): Promise<SendResult> {
    const ref = await this.refs.find(conversationId);
    if (!ref) return { status: 'gone', reason: 'No stored conversation: the app was never installed there.' };
    const card = this.cards[kind];
    if (!card) return { status: 'gone', reason: `No card for notifications of kind "${kind}".` };
    try {
      await this.adapter.continueConversationAsync(
        this.botAppId,
        ref.reference as Partial<ConversationReference>,
        async (context) => {
          const posted = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card(payload))] });
          if (posted?.id) await this.afterSend?.(kind, payload, conversationId, posted.id).catch(() => undefined);
        },
      );
      return { status: 'sent' };
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
