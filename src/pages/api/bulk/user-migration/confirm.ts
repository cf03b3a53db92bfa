import { migrationConfirm } from '@/operations/bulk/migration-confirm';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/bulk/user-migration/confirm: plans again and enqueues the job → 202 `{ requestId, users }`, 422 when nobody can move (see `migrationConfirm`). */
export const POST = operationRoute(migrationConfirm, { from: 'body', status: 202 });
