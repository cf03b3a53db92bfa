import { requestCancel } from '@/operations/bulk/request-cancel';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/bulk/<id>/cancel: cancels a request still waiting, 409 once it runs (see `requestCancel`). */
export const POST = operationRoute(requestCancel, { from: 'body' });
