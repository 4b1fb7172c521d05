import type { Kysely } from 'kysely';
import type { InProcessNotifications } from '../../platform/db/open-database';
import type { Database } from '../../platform/db/schema';
import type { BudgetsStore, FundingRequestsStore, RepresentativesStore } from '../app/ports';
import { BudgetsRepository } from './budgets-repository';
import { fundingVersionSource } from './funding-version';
import { keepBudgetViews } from './kept-budget-views';
import { KeptRequestPages } from './kept-request-pages';
import { RepresentativesRepository } from './representatives-repository';

/** The funding stores over one database: requests and the ledger, budgets, and representatives. */
export interface FundingRepositories {
  requests: FundingRequestsStore;
  budgets: BudgetsStore;
  representatives: RepresentativesStore;
}

/**
 * Builds the funding repositories for a database; budget pages and pages of requests are kept in memory until the next
 * change, learned of by PGlite's `notifications` at commit, or on PostgreSQL (or without them) by reading the version
 * row at each read.
 */
export function fundingRepositories(db: Kysely<Database>, notifications?: InProcessNotifications): FundingRepositories {
  const version = fundingVersionSource(db, notifications);
  return {
    requests: new KeptRequestPages(db, version),
    budgets: keepBudgetViews(new BudgetsRepository(db), version),
    representatives: new RepresentativesRepository(db),
  };
}
