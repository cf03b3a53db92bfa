import { escalationRerun } from '@/operations/escalations/escalation-rerun';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/escalations/<id>/rerun/<runId>: re-runs an attached check as the caller → `{then, now}` (see `escalationRerun`). */
export const POST = operationRoute(escalationRerun, { from: 'body' });
