// The platform's own tables: conversations, the outbox, the audit log and app metadata.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** A timestamp column: written as an ISO string or Date, read back as a Date. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Where the bot can reach a conversation proactively. */
export interface ConversationRefsTable {
  conversation_id: string;
  person_id: string | null;
  conversation_type: string;
  reference: JSONColumnType<Record<string, unknown>>;
  updated_at: Timestamp;
}

/** Messages waiting to be delivered, written in the same transaction as the change they announce. */
export interface OutboxTable {
  id: Generated<string>;
  kind: string;
  /** The conversation to post into; null when addressed to a person who had no chat with the bot when it was queued. */
  conversation_id: string | null;
  /** The person it is for, when addressed to a person (their chat, an installed chat or email, decided at delivery). */
  person_id: string | null;
  payload: JSONColumnType<Record<string, unknown>>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  available_at: Timestamp;
  leased_until: Timestamp | null;
  lease_token: string | null;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
  dedupe_key: string | null;
  /** How it was delivered: `teams` (a stored chat), `teams-installed` (a chat the app was installed into) or `email`. */
  channel: DeliveryChannel | null;
}

/** The ways a notification reaches its person. */
export type DeliveryChannel = 'teams' | 'teams-installed' | 'email';

/** One row per change: who, when, what, before and after. */
export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_person_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  after: ColumnType<Record<string, unknown> | null, string | null, string | null>;
}

/** Facts about the database itself, e.g. that it holds demo data. */
export interface AppMetadataTable {
  key: string;
  value: string;
}

/** A rate-limit counter (rate-limiter-flexible's layout): key = action and person, expire = end of its minute in ms. */
export interface RateLimitsTable {
  key: string;
  points: number;
  expire: ColumnType<string | number | null, number | null, number | null>;
}

/** The lease of an exclusive background job: which instance holds it and until when (database clock). */
export interface JobLeasesTable {
  name: string;
  holder: string;
  leased_until: Timestamp;
}
