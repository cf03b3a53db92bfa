import { adminActions } from './admin';
import { articlesActions } from './articles';
import { alertsActions } from './alerts';
import { bulkActions } from './bulk';
import { checksActions } from './checks';
import { escalationsActions } from './escalations';
import { healthActions } from './health';
import { reportsActions } from './reports';
import { searchActions } from './search';
import { usersActions } from './users';

/**
 * Every Astro Action, nested by family (`actions.users.setActive`, `actions.admin.demo`…): one file a
 * family, each entry `operationAction(op)` of an operation defined once on the shared core
 * (src/server/operation.ts), which authorizes, bounds and audits exactly as its REST route does.
 */
export const server = {
  admin: adminActions,
  articles: articlesActions,
  alerts: alertsActions,
  bulk: bulkActions,
  checks: checksActions,
  escalations: escalationsActions,
  health: healthActions,
  reports: reportsActions,
  search: searchActions,
  users: usersActions,
};
