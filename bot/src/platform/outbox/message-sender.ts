import type { DeliveryChannel } from '../db/schema';
import type { AddressedMessage } from './outbox-store';

/**
 * What happened when a notification was sent: sent (and how), worth another try later (`notAttempted` when it was
 * held back before sending, e.g. by a mailbox's send limit, so it does not count towards giving up), or never
 * deliverable.
 */
export type SendResult =
  | { status: 'sent'; channel: DeliveryChannel }
  | { status: 'retry'; afterMs: number; reason: string; notAttempted?: boolean }
  | { status: 'gone'; reason: string };

/** Delivers a notification to whoever it is addressed to. */
export interface MessageSender {
  send(message: AddressedMessage): Promise<SendResult>;
  /** The tenant a message goes to, for Teams' per-tenant rate limits. */
  tenantOf(message: AddressedMessage): Promise<string>;
}
