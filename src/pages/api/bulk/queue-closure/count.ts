import { closureCount } from '@/operations/bulk/closure-count';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/queue-closure/count: what closing a service's queue would finish now (see `closureCount`). */
export const GET = operationRoute(closureCount, { from: 'query' });
