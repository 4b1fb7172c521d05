import type { Kysely } from 'kysely';
import { deepFreeze } from '../../platform/cache/deep-freeze';
import { VersionedCache, type VersionSource } from '../../platform/cache/versioned-cache';
import type { Database } from '../../platform/db/schema';
import type { PageStart } from '../../platform/validation/keyset-page';
import type { RequestFilter } from '../app/ports';
import type { FundingRequest } from '../domain/funding-request';
import { FundingRequestsRepository } from './funding-requests-repository';

/**
 * How many pages of requests are kept (each at most 101 requests, narratives included): a few MB with real narratives,
 * about 160 MB if every one were at the 4,000-character limit of each of its four fields.
 */
const PAGES_KEPT = 50;

/**
 * The requests store with each page of a list kept in memory, by its exact filter and start, while `version` stays
 * the same: it changes, by triggers, with every committed write to a table a page is read from (migration 0023), so
 * a request submitted, decided or withdrawn on any instance shows on the next read. The filter holds whose requests
 * may be seen, worked out from the reader's roles for each request by the use case, so a page is only ever served
 * for the very filter it was read with. Everything else goes to the database.
 */
export class KeptRequestPages extends FundingRequestsRepository {
  private readonly pages: VersionedCache<FundingRequest[]>;

  constructor(db: Kysely<Database>, version: VersionSource) {
    super(db);
    this.pages = new VersionedCache(version, PAGES_KEPT);
  }

  override async pageRequests(filter: RequestFilter, start: PageStart): Promise<FundingRequest[]> {
    const key = JSON.stringify([filter, start]);
    // Every reader gets the one kept page, frozen: one who changed it would have changed it for every later reader.
    return this.pages.get(key, async () => deepFreeze(await super.pageRequests(filter, start)));
  }
}
