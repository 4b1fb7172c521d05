import type { parseBody } from '../../platform/http/parse-body';
import type { SchedulingService } from '../app/scheduling-service';

/** What the scheduling routes need. */
export interface SchedulingRouteDeps {
  useCases: SchedulingService;
  parse: typeof parseBody;
}
