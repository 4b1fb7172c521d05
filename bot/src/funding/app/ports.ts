import type { DirectoryPort } from '../../directory/app/ports';
import type { BudgetsStore, FundingRequestsStore, RepresentativesStore } from './funding-store';

/** What the funding use cases need. */
export interface FundingPorts {
  requests: FundingRequestsStore;
  budgets: BudgetsStore;
  representatives: RepresentativesStore;
  directory: DirectoryPort;
  /** The current instant (ms); tests fix it. */
  now: () => number;
  /** A new unique id for a request, decision or registration. */
  newId: () => string;
}

/** Funding settings that do not change per request. */
export interface FundingSettings {
  /** A request joins a meeting's agenda when submitted at least this many school days before it (default 5). */
  cutOffSchoolDays: number;
}
