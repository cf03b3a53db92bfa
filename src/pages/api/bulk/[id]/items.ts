import { requestItemsOp } from '@/operations/bulk/request-items';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/<id>/items?after=…&limit=…: what the request did, item by item, a page at a time (see `requestItemsOp`). */
export const GET = operationRoute(requestItemsOp, { from: 'query' });
