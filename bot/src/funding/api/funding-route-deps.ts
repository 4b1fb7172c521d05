import type { RequestHandler } from 'express';
import type { parseBody } from '../../platform/http/parse-body';
import type { LimitedAction } from '../../platform/limits/rate-limits';
import type { FundingService } from '../app/funding-service';

/** What the funding routes need. */
export interface FundingRouteDeps {
  useCases: FundingService;
  parse: typeof parseBody;
  /** Spends one of the signed-in person's writes or searches (429 with Retry-After over the limit). */
  limit: (action: LimitedAction) => RequestHandler;
}

/** A query-string value when it is one non-empty string. */
export function queryText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
