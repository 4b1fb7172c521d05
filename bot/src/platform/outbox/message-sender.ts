/** What happened when a notification was sent. */
export type SendResult =
  | { status: 'sent' }
  | { status: 'retry'; afterMs: number; reason: string }
  | { status: 'gone'; reason: string };

/** Delivers a notification (by kind and payload) into a stored Teams conversation. */
export interface MessageSender {
  send(conversationId: string, kind: string, payload: Record<string, unknown>): Promise<SendResult>;
  /** The tenant a stored conversation belongs to, for per-tenant rate limits. */
  tenantOf(conversationId: string): Promise<string>;
}
