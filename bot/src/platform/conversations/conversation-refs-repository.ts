import { type Kysely, type Selectable, sql } from 'kysely';
import type { ConversationRefsTable, Database } from '../db/schema';
import type { ConversationRef, ConversationRefsPort } from './conversation-refs';
import { SavedRefs } from './saved-refs';

/**
 * Stores conversation references, one row per conversation. A turn that brings the same reference as this instance
 * last saved writes nothing (see `SavedRefs` for how long that holds).
 */
export class ConversationRefsRepository implements ConversationRefsPort {
  private readonly saved = new SavedRefs();

  constructor(private readonly db: Kysely<Database>) {}

  async save(ref: ConversationRef): Promise<void> {
    if (this.saved.holds(ref, Date.now())) return;
    const row = {
      conversation_id: ref.conversationId,
      conversation_type: ref.conversationType,
      person_id: ref.personId,
      reference: JSON.stringify(ref.reference),
      updated_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('conversation_refs')
      .values(row)
      .onConflict((oc) =>
        oc.column('conversation_id').doUpdateSet({
          reference: row.reference,
          updated_at: row.updated_at,
          conversation_type: row.conversation_type,
          person_id: (eb) => eb.fn.coalesce(eb.val(row.person_id), eb.ref('conversation_refs.person_id')),
        }),
      )
      .execute();
    this.saved.note(ref, Date.now());
  }

  async find(conversationId: string): Promise<ConversationRef | undefined> {
    const row = await this.db
      .selectFrom('conversation_refs')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return row && refOf(row);
  }

  async personalConversationOf(personId: string): Promise<ConversationRef | undefined> {
    const row = await this.db
      .selectFrom('conversation_refs')
      .selectAll()
      .where('conversation_type', '=', 'personal')
      .where('person_id', '=', personId)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && refOf(row);
  }

  async serviceUrlOfTenant(tenantId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('conversation_refs')
      .select(sql<string>`reference->>'serviceUrl'`.as('service_url'))
      .where(sql<string>`reference->'conversation'->>'tenantId'`, '=', tenantId)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.service_url ?? undefined;
  }

  async personalConversationsOf(personIds: string[]): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('conversation_refs')
      .select(['person_id', 'conversation_id'])
      .where('conversation_type', '=', 'personal')
      .where('person_id', 'in', personIds)
      .orderBy('updated_at')
      .execute();
    return new Map(rows.map((r) => [r.person_id as string, r.conversation_id]));
  }
}

function refOf(row: Selectable<ConversationRefsTable>): ConversationRef {
  return {
    conversationId: row.conversation_id,
    conversationType: row.conversation_type,
    personId: row.person_id,
    reference: row.reference,
  };
}
