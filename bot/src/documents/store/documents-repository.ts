import type { Kysely, Selectable } from 'kysely';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import { enqueueInTransaction } from '../../platform/outbox/enqueue-in-transaction';
import type { DocumentInput } from '../app/document-input';
import type { AudienceMember, DocumentAnnouncement, DocumentForPerson, DocumentsStore } from '../app/ports';
import type { CommunityDocument, DocumentAudience, DocumentKind } from '../domain/community-document';
import type { DocumentsTable } from './tables';

/** Documents in PostgreSQL (or PGlite): each change and announcement audited in its own transaction. */
export class DocumentsRepository implements DocumentsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async listFor(personId: string): Promise<DocumentForPerson[]> {
    const rows = await this.db
      .selectFrom('documents')
      .leftJoin('communities', 'communities.id', 'documents.community_id')
      .leftJoin('document_reads', (join) =>
        join.onRef('document_reads.document_id', '=', 'documents.id').on('document_reads.person_id', '=', personId),
      )
      .selectAll('documents')
      .select(['communities.name as community_name', 'document_reads.version as read_version'])
      .where('documents.retired', '=', false)
      .orderBy('documents.updated_at', 'desc')
      .orderBy('documents.id')
      .execute();
    return rows.map((row) => ({
      ...documentOf(row),
      communityName: row.community_name,
      isNew: row.read_version === null || row.read_version < row.version,
    }));
  }

  async document(id: string): Promise<CommunityDocument | undefined> {
    const row = await this.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', id)
      .where('retired', '=', false)
      .executeTakeFirst();
    return row && documentOf(row);
  }

  async communityExists(communityId: string): Promise<boolean> {
    const row = await this.db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst();
    return row !== undefined;
  }

  async create(document: CommunityDocument): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('documents')
        .values({ id: document.id, ...rowOf(document), updated_by: document.updatedBy })
        .execute();
      await writeAudit(tx, {
        actorPersonId: document.updatedBy,
        action: 'document.created',
        entityType: 'document',
        entityId: document.id,
        after: document,
      });
    });
  }

  async update(
    id: string,
    input: DocumentInput,
    actorId: string,
    atMs: number,
  ): Promise<CommunityDocument | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', id)
        .where('retired', '=', false)
        .forUpdate()
        .executeTakeFirst();
      if (!before) return undefined;
      const row = await tx
        .updateTable('documents')
        .set({
          ...rowOf({ ...input, updatedAtMs: atMs }),
          version: before.version + 1,
          updated_by: actorId,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = documentOf(row);
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'document.updated',
        entityType: 'document',
        entityId: id,
        before: documentOf(before),
        after,
      });
      return after;
    });
  }

  async retire(id: string, actorId: string): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const retired = await tx
        .updateTable('documents')
        .set({ retired: true, updated_by: actorId, updated_at: new Date() })
        .where('id', '=', id)
        .where('retired', '=', false)
        .returningAll()
        .executeTakeFirst();
      if (!retired) return false;
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'document.retired',
        entityType: 'document',
        entityId: id,
        before: documentOf(retired),
      });
      return true;
    });
  }

  async markRead(id: string, personId: string, version: number): Promise<void> {
    await this.db
      .insertInto('document_reads')
      .values({ document_id: id, person_id: personId, version })
      .onConflict((oc) => oc.columns(['document_id', 'person_id']).doUpdateSet({ version, read_at: new Date() }))
      .execute();
  }

  async audience(audience: DocumentAudience): Promise<AudienceMember[]> {
    let roles = this.db.selectFrom('roles').select('person_id').distinct();
    if (audience.kind === 'chairs') roles = roles.where('role', '=', 'chair');
    if (audience.kind === 'community') roles = roles.where('community_id', '=', audience.communityId);
    const rows = await this.db
      .selectFrom('people')
      .leftJoin('conversation_refs', (join) =>
        join
          .onRef('conversation_refs.person_id', '=', 'people.id')
          .on('conversation_refs.conversation_type', '=', 'personal'),
      )
      .select(['people.id', 'people.display_name', 'people.email', 'conversation_refs.conversation_id'])
      .where('people.id', 'in', roles)
      .orderBy('people.display_name')
      .orderBy('people.id')
      .execute();
    // One member per person (a person with two stored 1:1 chats keeps the first).
    const members = new Map<string, AudienceMember>();
    for (const r of rows) {
      if (members.has(r.id)) continue;
      members.set(r.id, {
        personId: r.id,
        displayName: r.display_name,
        email: r.email,
        conversationId: r.conversation_id,
      });
    }
    return [...members.values()];
  }

  async announce(
    document: CommunityDocument,
    members: AudienceMember[],
    announcement: DocumentAnnouncement,
    actorId: string,
  ): Promise<number> {
    return this.db.transaction().execute(async (tx) => {
      let queued = 0;
      for (const member of members) {
        const isNew = await enqueueInTransaction(tx, {
          kind: announcement.kind,
          to: { personId: member.personId },
          payload: announcement.payload,
          dedupeKey: `${announcement.kind}:${document.id}:${document.version}:${member.personId}`,
        });
        if (isNew) queued++;
      }
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'document.announced',
        entityType: 'document',
        entityId: document.id,
        after: { version: document.version, queued, audience: document.audience },
      });
      return queued;
    });
  }
}

function documentOf(row: Selectable<DocumentsTable>): CommunityDocument {
  const audience: DocumentAudience =
    row.audience === 'community'
      ? { kind: 'community', communityId: row.community_id as string }
      : { kind: row.audience };
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    kind: row.kind as DocumentKind,
    audience,
    version: row.version,
    updatedAtMs: new Date(row.updated_at).getTime(),
    updatedBy: row.updated_by ?? '',
  };
}

function rowOf(d: DocumentInput & { updatedAtMs: number }) {
  return {
    title: d.title,
    url: d.url,
    kind: d.kind,
    audience: d.audience.kind,
    community_id: d.audience.kind === 'community' ? d.audience.communityId : null,
    updated_at: new Date(d.updatedAtMs),
  };
}
