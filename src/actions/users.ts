import { setUserActive } from '../operations/users/set-active';
import { operationAction } from '../server/operation-action';

/** User maintenance for islands (`actions.users.*`); each is an operation defined once on the shared core. */
export const usersActions = {
  /** Activates or deactivates a user within the grant policy (see `setUserActive`). */
  setActive: operationAction(setUserActive),
};
