import { schedulerTokenIssue } from '@/operations/admin/scheduler-token-issue';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/**
 * POST /api/scheduler/tasks/<id>/token (admin:settings): issues or rotates the task's heartbeat
 * token, shown in this answer only (see `schedulerTokenIssue`).
 */
export const POST = operationRoute(schedulerTokenIssue, { from: 'body' });
