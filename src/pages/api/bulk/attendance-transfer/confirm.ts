import { transferConfirm } from '@/operations/bulk/transfer-confirm';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/bulk/attendance-transfer/confirm: writes the request, enqueues the job → `{ requestId, total }` (see `transferConfirm`). */
export const POST = operationRoute(transferConfirm, { from: 'body' });
