import type { SchedulingService } from '../../app/scheduling/scheduling-service';
import type { parseBody } from '../parse-body';

/** What the scheduling routes need. */
export interface SchedulingRouteDeps {
  useCases: SchedulingService;
  parse: typeof parseBody;
}
