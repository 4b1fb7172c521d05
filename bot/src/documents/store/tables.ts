import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../platform/db/tables';

/** A document or link officers keep for schools. */
export interface DocumentsTable {
  id: string;
  title: string;
  url: string;
  kind: string;
  audience: 'all' | 'chairs' | 'community';
  community_id: string | null;
  version: Generated<number>;
  retired: Generated<boolean>;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** The version of a document a person last opened. */
export interface DocumentReadsTable {
  document_id: string;
  person_id: string;
  version: number;
  read_at: ColumnType<Date, Date | undefined, Date>;
}

declare module '../../platform/db/schema' {
  /** Documents: officers' documents and links, and who has read which version. */
  interface Database {
    documents: DocumentsTable;
    document_reads: DocumentReadsTable;
  }
}
