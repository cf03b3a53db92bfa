import { escalationRead } from '@/operations/escalations/escalation-read';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/escalations/<id>: one escalation as the caller sees it; 404 when it may not (see `escalationRead`). */
export const GET = operationRoute(escalationRead, { from: 'query' });
