import { escalationStatus } from '@/operations/escalations/escalation-status';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/escalations/<id>/status `{status, assigneeId?, kbOutcome?}`: moves the escalation (see `escalationStatus`). */
export const POST = operationRoute(escalationStatus, { from: 'body' });
