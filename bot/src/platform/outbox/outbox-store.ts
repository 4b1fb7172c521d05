/** A notification waiting to be delivered to a Teams conversation. */
interface OutboxMessage {
  id: string;
  kind: string;
  conversationId: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** A message held under a lease: only the holder of `leaseToken` may renew it or record what happened to it. */
export interface LeasedMessage extends OutboxMessage {
  leaseToken: string;
}

/** A notification to enqueue; `dedupeKey` makes a second enqueue of the same notification a no-op. */
export interface NewOutboxMessage {
  kind: string;
  conversationId: string;
  payload: Record<string, unknown>;
  dedupeKey?: string;
}

/** How many messages one lease takes, for how long, and at most how many of one conversation's. */
export interface LeaseRequest {
  limit: number;
  leaseMs: number;
  perConversation: number;
}

/** The outbox table: enqueue, lease for delivery (one instance at a time per message), and record the result. */
export interface OutboxStore {
  /** Adds messages; returns how many were new. */
  enqueue(messages: NewOutboxMessage[]): Promise<number>;
  /**
   * Takes due messages under one new lease token, conversations taking turns (each conversation's oldest first), so a
   * busy conversation cannot hold up everyone else's notifications.
   */
  lease(request: LeaseRequest): Promise<LeasedMessage[]>;
  /** Extends a message's lease; false when the lease was lost (another instance holds it, or it was settled). */
  renew(message: LeasedMessage, leaseMs: number): Promise<boolean>;
  /** Records a delivery; false when the lease was lost and nothing changed. */
  markDelivered(message: LeasedMessage): Promise<boolean>;
  /** Puts a message back for a later attempt; false when the lease was lost and nothing changed. */
  retryLater(message: LeasedMessage, delayMs: number, reason: string): Promise<boolean>;
  /** Gives up on a message, keeping why; false when the lease was lost and nothing changed. */
  markFailed(message: LeasedMessage, reason: string): Promise<boolean>;
  /** Hands back messages leased but not started (shutting down), so another instance takes them at once. */
  release(messages: LeasedMessage[]): Promise<void>;
}
