import { interactionHistory } from '../operations/reports/interaction-history';
import { operationAction } from '../server/operation-action';

/** Reports for islands (`actions.reports.*`); their CSV exports stay plain REST downloads. */
export const reportsActions = {
  /** One page of the interaction history report (see `interactionHistory`). */
  interactionHistory: operationAction(interactionHistory),
};
