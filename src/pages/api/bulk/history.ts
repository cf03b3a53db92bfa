import { requestHistory } from '@/operations/bulk/request-history';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/history: every bulk request in the caller's scope, filtered, keyset pages (see `requestHistory`). */
export const GET = operationRoute(requestHistory, { from: 'query' });
