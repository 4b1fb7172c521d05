import type { DirectoryPort } from '../../directory';
import type { FundingService } from '../app/funding-service';

/** What funding's Teams handlers need. */
export interface FundingTeamsDeps {
  directory: DirectoryPort;
  funding: FundingService;
}
