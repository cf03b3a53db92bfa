import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { listTasks } from '@/scheduler/task-list';
import { now } from '@/server/clock';
import { defineOperation } from '@/server/operation';

/**
 * Every scheduled task with its interval, last run, last error and state (on time, overdue, never
 * ran, manual); whether it has a heartbeat token, never the token; `at` is the server's clock and
 * `timeZone` the organization's, for showing times. Needs admin:settings.
 */
export const schedulerTasks = defineOperation({
  action: 'scheduler.list',
  permission: 'admin:settings',
  input: z.object({}),
  handler: async ({ db }) => ({ tasks: await listTasks(db, now()), at: now().toISOString(), timeZone: (await organizationInfo(db)).timeZone }),
});
