import { requestStatus } from '@/operations/bulk/request-status';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/<id>: state, counts, result and the first failures (see `requestStatus`). */
export const GET = operationRoute(requestStatus, { from: 'query' });
