import { migrationPreview } from '@/operations/bulk/migration-preview';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/bulk/user-migration/preview: the dry run, nothing written (see `migrationPreview`). */
export const POST = operationRoute(migrationPreview, { from: 'body' });
