import type { AdaptiveCard } from '../cards/adaptive-card';

/** Turns an outbox notification into the card it is delivered as; each feature declares its own kinds. */
export type NotificationCard = (payload: Record<string, unknown>) => AdaptiveCard;

/** Called after the outbox delivered a message, with the id of the message it posted (to update it in place later). */
export type AfterSend = (
  kind: string,
  payload: Record<string, unknown>,
  conversationId: string,
  activityId: string,
) => Promise<void>;
