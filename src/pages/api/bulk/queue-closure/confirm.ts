import { closureConfirm } from '@/operations/bulk/closure-confirm';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/bulk/queue-closure/confirm: records the range and enqueues the closure → `{ requestId, total }` (see `closureConfirm`). */
export const POST = operationRoute(closureConfirm, { from: 'body' });
