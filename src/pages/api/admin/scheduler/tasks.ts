import { schedulerTasks } from '@/operations/admin/scheduler-tasks';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/**
 * GET /api/admin/scheduler/tasks (admin:settings): every scheduled task with its state, never a
 * token (see `schedulerTasks`). Tokens are issued by `POST /api/scheduler/tasks/<id>/token`.
 */
export const GET = operationRoute(schedulerTasks, { from: 'query' });
