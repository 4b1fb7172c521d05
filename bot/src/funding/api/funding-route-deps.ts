import type { parseBody } from '../../platform/http/parse-body';
import type { FundingService } from '../app/funding-service';

/** What the funding routes need. */
export interface FundingRouteDeps {
  useCases: FundingService;
  parse: typeof parseBody;
}

/** A query-string value when it is one non-empty string. */
export function queryText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
