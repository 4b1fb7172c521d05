import { type Kysely, sql } from 'kysely';

/**
 * A notification can be addressed to a person rather than a conversation (they may not have a chat with the bot
 * yet); the outbox records the channel that delivered it: their Teams chat, a chat the app was installed into for
 * them, or email.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outbox alter column conversation_id drop not null`.execute(db);
  await sql`alter table outbox add column person_id text`.execute(db);
  await sql`alter table outbox add column channel text`.execute(db);
  await sql`alter table outbox add constraint outbox_has_recipient
    check (conversation_id is not null or person_id is not null)`.execute(db);
  await sql`alter table outbox add constraint outbox_channel_known
    check (channel is null or channel in ('teams', 'teams-installed', 'email'))`.execute(db);
}
