import { closureRequests } from '@/operations/bulk/closure-requests';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/queue-closure/requests: the monitoring list, newest first (see `closureRequests`). */
export const GET = operationRoute(closureRequests, { from: 'query' });
