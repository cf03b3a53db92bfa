import { demoStatus } from '../operations/admin/demo-status';
import { operationAction } from '../server/operation-action';

/** Administration screens' operations for islands (`actions.admin.*`), each defined once on the shared core. */
export const adminActions = {
  /** The demo banner's facts (see `demoStatus`). */
  demo: operationAction(demoStatus),
};
