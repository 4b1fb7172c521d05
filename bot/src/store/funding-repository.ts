import type { Kysely } from 'kysely';
import type { BudgetsStore, FundingRequestsStore, RepresentativesStore } from '../app/ports/funding-store';
import { BudgetsRepository } from './funding/budgets-repository';
import { FundingRequestsRepository } from './funding/funding-requests-repository';
import { RepresentativesRepository } from './funding/representatives-repository';
import type { Database } from './schema';

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
