import { transferPreview } from '@/operations/bulk/transfer-preview';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/bulk/attendance-transfer/preview: the dry run, nothing written (see `transferPreview`). */
export const POST = operationRoute(transferPreview, { from: 'body' });
