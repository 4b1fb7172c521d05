import type { DeliveryChannel } from '../db/schema';

/**
 * Who a notification is for: a conversation (a channel, or a chat the caller already knows), or a person, reached at
 * delivery through their chat with the bot if they have one by then, else a chat the app is installed into for them,
 * else email.
 */
type Recipient = { conversationId: string } | { personId: string };

/** A notification's kind, payload and address, as the senders see it. */
export interface AddressedMessage {
  kind: string;
  payload: Record<string, unknown>;
  conversationId: string | null;
  personId: string | null;
  /** How many times delivery was tried, this time included (absent outside the outbox). */
  attempts?: number;
}

/** A notification waiting to be delivered. */
interface OutboxMessage extends AddressedMessage {
  id: string;
  attempts: number;
}

/** A message held under a lease: only the holder of `leaseToken` may renew it or record what happened to it. */
export interface LeasedMessage extends OutboxMessage {
  leaseToken: string;
}

/** A notification to enqueue; `dedupeKey` makes a second enqueue of the same notification a no-op. */
export interface NewOutboxMessage {
  kind: string;
  to: Recipient;
  payload: Record<string, unknown>;
  dedupeKey?: string | null;
}

/** The outbox row for a new message. */
export function outboxRow(message: NewOutboxMessage) {
  return {
    kind: message.kind,
    conversation_id: 'conversationId' in message.to ? message.to.conversationId : null,
    person_id: 'personId' in message.to ? message.to.personId : null,
    payload: JSON.stringify(message.payload),
    dedupe_key: message.dedupeKey ?? null,
  };
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
  /** Records a delivery and the channel that made it; false when the lease was lost and nothing changed. */
  markDelivered(message: LeasedMessage, channel: DeliveryChannel): Promise<boolean>;
  /**
   * Puts a message back for a later attempt (`attempted` false: it was held back before sending, and the lease's
   * attempt is not counted); false when the lease was lost and nothing changed.
   */
  retryLater(message: LeasedMessage, delayMs: number, reason: string, attempted?: boolean): Promise<boolean>;
  /** Gives up on a message, keeping why; false when the lease was lost and nothing changed. */
  markFailed(message: LeasedMessage, reason: string): Promise<boolean>;
  /** Hands back messages leased but not started (shutting down), so another instance takes them at once. */
  release(messages: LeasedMessage[]): Promise<void>;
}
