import type {
  AppMetadataTable,
  AuditLogTable,
  ConversationRefsTable,
  JobLeasesTable,
  OutboxTable,
  RateLimitsTable,
} from './tables';

export type * from './tables';

/**
 * Every table the app reads or writes, as Kysely sees it. Platform declares its own tables here; each feature adds
 * its tables to this interface from its `store/tables.ts` (declaration merging), so platform imports no feature.
 */
export interface Database {
  conversation_refs: ConversationRefsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  app_metadata: AppMetadataTable;
  rate_limits: RateLimitsTable;
  job_leases: JobLeasesTable;
}
