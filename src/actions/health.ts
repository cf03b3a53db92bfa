import { healthSweep } from '../operations/health/health-sweep';
import { operationAction } from '../server/operation-action';

/** The health dashboard for islands (`actions.health.*`); monitors keep GET /api/health and /metrics. */
export const healthActions = {
  /** Every check the caller may run, one-record checks swept (see `healthSweep`). */
  sweep: operationAction(healthSweep),
};
