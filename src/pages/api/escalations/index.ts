import { escalationCreate } from '@/operations/escalations/escalation-create';
import { escalationList } from '@/operations/escalations/escalation-list';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/escalations?view=mine|assigned|open: the escalations the caller may see (see `escalationList`). */
export const GET = operationRoute(escalationList, { from: 'query' });

/** POST /api/escalations: escalates a case, 201 `{id, url}` (see `escalationCreate`). */
export const POST = operationRoute(escalationCreate, { from: 'body', status: 201 });
