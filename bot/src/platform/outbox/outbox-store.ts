/** A notification waiting to be delivered to a Teams conversation. */
export interface OutboxMessage {
  id: string;
  kind: string;
  conversationId: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** A notification to enqueue; `dedupeKey` makes a second enqueue of the same notification a no-op. */
export interface NewOutboxMessage {
  kind: string;
  conversationId: string;
  payload: Record<string, unknown>;
  dedupeKey?: string;
}

/** The outbox table: enqueue, lease for delivery (one instance at a time per message), and record the result. */
export interface OutboxStore {
  /** Adds messages; returns how many were new. */
  enqueue(messages: NewOutboxMessage[]): Promise<number>;
  /** Takes up to `limit` due messages for `leaseMs`, so no other instance delivers them meanwhile. */
  lease(limit: number, leaseMs: number): Promise<OutboxMessage[]>;
  markDelivered(id: string): Promise<void>;
  /** Puts a message back for a later attempt. */
  retryLater(id: string, delayMs: number, reason: string): Promise<void>;
  /** Gives up on a message, keeping why. */
  markFailed(id: string, reason: string): Promise<void>;
}
