import type { Person } from '../../directory';
import { MAX_PAGE_SIZE } from '../../platform/validation/keyset-page';
import { DEFAULT_CUT_OFF_SCHOOL_DAYS } from '../domain/agenda-cut-off';
import type { FundingRequest, FundingRequestInput } from '../domain/funding-request';
import type { DecisionInput } from '../domain/request-lifecycle';
import { refreshAgendas } from './agenda-placement';
import { budgetSummary, setCommunityBudget } from './community-budget';
import { countyBudgets } from './county-budgets';
import { decideFundingRequest, revokeApproval, withdrawFundingRequest } from './decide-funding-request';
import { decisionOptions, requestFormOptions } from './form-options';
import type { BudgetInput, RegistrationInput } from './funding-action-schemas';
import { nextAgenda } from './funding-agenda';
import { importBudgetsCsv } from './import-budgets';
import { nextMeetings } from './next-meetings';
import type { FundingPorts, FundingSettings } from './ports';
import {
  fundingRequestFor,
  fundingRequestWithHistory,
  listFundingRequests,
  narrativeReadsOf,
  type RequestQuery,
} from './read-funding-requests';
import { communityRepresentatives, registerRepresentative } from './register-representative';
import { submitFundingRequest } from './submit-funding-request';

/** The funding use cases bound to their ports, as the bot and the API call them. */
export function fundingService(
  ports: FundingPorts,
  settings: FundingSettings = { cutOffSchoolDays: DEFAULT_CUT_OFF_SCHOOL_DAYS },
) {
  return {
    /** Submits a request; the same idempotency key (card instance or Idempotency-Key header) never makes two. */
    submitRequest: (person: Person, input: FundingRequestInput, idempotencyKey?: string) =>
      submitFundingRequest(ports, settings, person, input, idempotencyKey),
    /** The choices of the request form: the schools the person represents, PRG services, year groups, areas of need. */
    requestFormOptions: (person: Person) => requestFormOptions(ports, settings, person),
    /** The latest requests (up to a page of 100) of the schools the person represents, newest first. */
    myRequests: (person: Person): Promise<FundingRequest[]> =>
      listFundingRequests(ports, person, { limit: String(MAX_PAGE_SIZE) }).then((page) =>
        page.items.filter((r) =>
          person.roles.some((role) => role.role === 'representative' && role.schoolId === r.schoolId),
        ),
      ),
    /** The requests the person may see, narrowed by community, school, status or year. */
    listRequests: (person: Person, query: RequestQuery = {}) => listFundingRequests(ports, person, query),
    /** One request the person may see, with its narrative; the read is logged. */
    request: (person: Person, requestId: string) => fundingRequestFor(ports, person, requestId),
    /** One request the person may see, with its narrative and history; the read is logged. */
    requestWithHistory: (person: Person, requestId: string) => fundingRequestWithHistory(ports, person, requestId),
    /** The Professional Resource Group's services, by id and name. */
    prgServices: () => ports.requests.prgServices(),
    /** Who read a request's narrative and when (officers). */
    narrativeReads: (person: Person, requestId: string) => narrativeReadsOf(ports, person, requestId),
    /** The agenda of a community's next meeting (chair or officer). */
    agenda: (person: Person, communityId: string) => nextAgenda(ports, person, communityId),
    /** The next meeting of each of the person's communities, with the requests on its agenda they may see. */
    nextMeetings: (person: Person) => nextMeetings(ports, person),
    /** The choices of the decision form for a request: later meetings, PRG services, what the pot has left (chair). */
    decisionOptions: (person: Person, requestId: string) => decisionOptions(ports, person, requestId),
    /** Records a decision (the community's chair); an approval over the pot is refused with what is left. */
    decide: (person: Person, requestId: string, decision: DecisionInput) =>
      decideFundingRequest(ports, person, requestId, decision),
    /** Takes back an approval with a compensating ledger entry (the chair). */
    revokeApproval: (person: Person, requestId: string, reason: string) =>
      revokeApproval(ports, person, requestId, { reason }),
    /** Withdraws an undecided request (the school's representative). */
    withdraw: (person: Person, requestId: string) => withdrawFundingRequest(ports, person, requestId),
    /** Puts undecided requests whose meeting is missing, cancelled or long past onto the next agenda (background). */
    placeStrandedRequests: () => refreshAgendas(ports, settings, null),
    /** A community's budget for a year: pot, committed, remaining, by school and by meeting. */
    budget: (person: Person, communityId: string, year?: string) => budgetSummary(ports, person, communityId, year),
    /** Every community's budget for a year with county totals (officers). */
    countyBudgets: (person: Person, year?: string) => countyBudgets(ports, person, year),
    /** Sets a community's budget for a year (officers). */
    setBudget: (person: Person, communityId: string, year: string | undefined, budget: BudgetInput) =>
      setCommunityBudget(ports, person, communityId, year, budget),
    /** Sets many budgets from a CSV file, all or nothing (officers). */
    importBudgets: (person: Person, csv: string) => importBudgetsCsv(ports, person, csv),
    /** Registers a school's one representative, replacing the current one only when asked. */
    registerRepresentative: (person: Person, schoolId: string, registration: RegistrationInput) =>
      registerRepresentative(ports, person, schoolId, registration),
    /** A community's schools with their representatives (chair or officer). */
    representatives: (person: Person, communityId: string) => communityRepresentatives(ports, person, communityId),
  };
}

/** The bound funding use cases. */
export type FundingService = ReturnType<typeof fundingService>;
