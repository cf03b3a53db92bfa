import { organizationInfo } from '../../../../admin/organization-info';
import { listTasks } from '../../../../scheduler/task-list';
import { now } from '../../../../server/clock';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/**
 * GET /api/admin/scheduler/tasks (admin:settings): every scheduled task with its interval, last
 * run, last error and state (on time, overdue, never ran, manual); whether it has a heartbeat token,
 * never the token; `timeZone` is the organization's, for showing times. Tokens are issued by `POST /api/scheduler/tasks/<id>/token`.
 */
export const GET = defineEndpoint({
  action: 'scheduler.list',
  permission: 'admin:settings',
  handler: async ({ db }) => ({ tasks: await listTasks(db, now()), at: now().toISOString(), timeZone: (await organizationInfo(db)).timeZone }),
});
