import { alertSilenceCreate } from '@/operations/alerts/silence-create';
import { alertSilenceEnd } from '@/operations/alerts/silence-end';
import { alertSilenceList } from '@/operations/alerts/silence-list';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/alerts/silences (admin:alerts): silences in force and planned windows (see `alertSilenceList`). */
export const GET = operationRoute(alertSilenceList, { from: 'query' });

/** POST /api/admin/alerts/silences (admin:alerts): silences an alert or plans a window, 201 `{id}` (see `alertSilenceCreate`). */
export const POST = operationRoute(alertSilenceCreate, { from: 'body', status: 201 });

/** DELETE /api/admin/alerts/silences?id=<id> (admin:alerts): ends a silence now (see `alertSilenceEnd`). */
export const DELETE = operationRoute(alertSilenceEnd, { from: 'query' });
