import type { CommunityDocument, DocumentAudience } from '../domain/community-document';
import type { DocumentInput } from './document-input';

/** A document as one person sees it: whether it is new to them (unread since it last changed). */
export interface DocumentForPerson extends CommunityDocument {
  isNew: boolean;
  communityName: string | null;
}

/** Someone an announcement is for: their 1:1 chat with the bot, if they have one. */
export interface AudienceMember {
  personId: string;
  displayName: string;
  email: string;
  conversationId: string | null;
}

/** An announcement of a document's current version to its audience. */
export interface DocumentAnnouncement {
  kind: string;
  /** The payload every message carries; each is keyed by document, version and person, so none is sent twice. */
  payload: Record<string, unknown>;
}

/** Storage for documents, who read which version, and announcements; every change is audited with it. */
export interface DocumentsStore {
  /** Every current (not retired) document, newest change first, marked new for this person. */
  listFor(personId: string): Promise<DocumentForPerson[]>;
  document(id: string): Promise<CommunityDocument | undefined>;
  communityExists(communityId: string): Promise<boolean>;
  create(document: CommunityDocument): Promise<void>;
  /** Replaces the document's fields and raises its version; undefined when there is no such current document. */
  update(id: string, input: DocumentInput, actorId: string, atMs: number): Promise<CommunityDocument | undefined>;
  /** Retires it (it disappears from lists); false when there was no such current document. */
  retire(id: string, actorId: string): Promise<boolean>;
  /** Records that the person read this version. */
  markRead(id: string, personId: string, version: number): Promise<void>;
  /** The people a document's audience names, with their 1:1 chats. */
  audience(audience: DocumentAudience): Promise<AudienceMember[]>;
  /** Queues the announcement to each member, in one transaction with its audit; returns how many were new. */
  announce(
    document: CommunityDocument,
    members: AudienceMember[],
    announcement: DocumentAnnouncement,
    actorId: string,
  ): Promise<number>;
}
