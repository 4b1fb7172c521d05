import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { BudgetsStore, FundingRequestsStore, RepresentativesStore } from '../app/ports';
import { BudgetsRepository } from './budgets-repository';
import { FundingRequestsRepository } from './funding-requests-repository';
import { RepresentativesRepository } from './representatives-repository';

/** The funding stores over one database: requests and the ledger, budgets, and representatives. */
export interface FundingRepositories {
  requests: FundingRequestsStore;
  budgets: BudgetsStore;
  representatives: RepresentativesStore;
}

/** Builds the funding repositories for a database. */
export function fundingRepositories(db: Kysely<Database>): FundingRepositories {
  return {
    requests: new FundingRequestsRepository(db),
    budgets: new BudgetsRepository(db),
    representatives: new RepresentativesRepository(db),
  };
}
