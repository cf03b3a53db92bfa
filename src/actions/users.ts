import { usersFacets } from '../operations/users/facets';
import { usersList } from '../operations/users/list';
import { setUserActive } from '../operations/users/set-active';
import { usersUpdateAccess } from '../operations/users/update-access';
import { operationAction } from '../server/operation-action';

/** User maintenance for islands (`actions.users.*`); each is an operation defined once on the shared core. */
export const usersActions = {
  /** Activates or deactivates a user within the grant policy (see `setUserActive`). */
  setActive: operationAction(setUserActive),
  /** The users screen's list (see `usersList`). */
  list: operationAction(usersList),
  /** The users screen's services, profiles and groups (see `usersFacets`). */
  facets: operationAction(usersFacets),
  /** Changes a user's profile and groups within the grant policy (see `usersUpdateAccess`). */
  updateAccess: operationAction(usersUpdateAccess),
};
