import { type Person, requireOfficer } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkedInput, invalid } from '../../platform/validation/checked-input';
import {
  type CommunityDocument,
  canSeeDocument,
  DOCUMENT_KINDS,
  type DocumentKind,
} from '../domain/community-document';
import { audienceOf, type DocumentInput, documentInputSchema } from './document-input';
import type { DocumentForPerson, DocumentsStore } from './ports';

/** The kinds of KCC document every community meeting's agenda works from (its standard items). */
const AGENDA_KINDS: readonly DocumentKind[] = ['termsOfReference', 'dashboard', 'budget'];

/** The notification kind of a document announcement. */
export const DOCUMENT_ANNOUNCED = 'document-announced';

/**
 * What announcing a document did: how many were queued now, how many had it already, and how many of the audience have
 * no chat with the bot yet (the outbox installs the app for them or emails them).
 */
export interface AnnouncementResult {
  queued: number;
  alreadySent: number;
  withoutChat: number;
}

/** The documents use cases bound to their store: officers keep the list; everyone sees what is for them. */
export function documentsService(store: DocumentsStore, newId: () => string, now: () => number) {
  const checked = async (raw: unknown): Promise<DocumentInput> => {
    const input = checkedInput(documentInputSchema, raw, 'The document');
    const audience = audienceOf(input);
    if (audience.kind === 'community' && !(await store.communityExists(audience.communityId))) {
      throw invalid('The document', { communityId: 'There is no such community.' });
    }
    return { title: input.title, url: input.url, kind: input.kind, audience };
  };
  const visible = async (person: Person, id: string): Promise<CommunityDocument> => {
    const document = await store.document(id);
    if (!document || !canSeeDocument(person, document.audience)) {
      throw new UserFacingError('not-found', 'There is no such document.');
    }
    return document;
  };
  return {
    /** The documents this person may see, new ones (unread since they changed) marked. */
    list: async (person: Person): Promise<DocumentForPerson[]> =>
      (await store.listFor(person.id)).filter((d) => canSeeDocument(person, d.audience)),
    /**
     * The papers of these communities' meetings for this person, by community (one read of the list): each
     * community's own documents and KCC's agenda papers.
     */
    forMeetings: async (person: Person, communityIds: string[]): Promise<Record<string, DocumentForPerson[]>> => {
      const visible = (await store.listFor(person.id)).filter((d) => canSeeDocument(person, d.audience));
      return Object.fromEntries(
        communityIds.map((communityId) => [
          communityId,
          visible.filter((d) =>
            d.audience.kind === 'community' ? d.audience.communityId === communityId : AGENDA_KINDS.includes(d.kind),
          ),
        ]),
      );
    },
    /** Adds a document (officers). */
    create: async (person: Person, raw: unknown): Promise<CommunityDocument> => {
      requireOfficer(person);
      const input = await checked(raw);
      const document = { id: newId(), ...input, version: 1, updatedAtMs: now(), updatedBy: person.id };
      await store.create(document);
      return document;
    },
    /** Changes a document (officers): it is new again for everyone. */
    update: async (person: Person, id: string, raw: unknown): Promise<CommunityDocument> => {
      requireOfficer(person);
      const updated = await store.update(id, await checked(raw), person.id, now());
      if (!updated) throw new UserFacingError('not-found', 'There is no such document.');
      return updated;
    },
    /** Takes a document off the list (officers); the audit log keeps it. */
    retire: async (person: Person, id: string): Promise<void> => {
      requireOfficer(person);
      if (!(await store.retire(id, person.id))) throw new UserFacingError('not-found', 'There is no such document.');
    },
    /** Records that the person opened the document's current version: it is no longer new to them. */
    markRead: async (person: Person, id: string): Promise<void> => {
      const document = await visible(person, id);
      await store.markRead(id, person.id, document.version);
    },
    /** Sends the document's current version to everyone in its audience once: in Teams, or by email. */
    announce: async (person: Person, id: string): Promise<AnnouncementResult> => {
      requireOfficer(person);
      const document = await visible(person, id);
      const members = await store.audience(document.audience);
      const queued = await store.announce(
        document,
        members,
        {
          kind: DOCUMENT_ANNOUNCED,
          payload: {
            documentId: document.id,
            title: document.title,
            url: document.url,
            kindLabel: DOCUMENT_KINDS[document.kind],
            updated: document.version > 1,
            announcedBy: person.displayName,
          },
        },
        person.id,
      );
      return {
        queued,
        alreadySent: members.length - queued,
        withoutChat: members.filter((m) => m.conversationId === null).length,
      };
    },
  };
}

/** The documents use cases, as the API and Teams call them. */
export type DocumentsService = ReturnType<typeof documentsService>;
