import { migrationHistory } from '@/operations/bulk/migration-history';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/user-migration/history: recent migrations and returns touching a service (see `migrationHistory`). */
export const GET = operationRoute(migrationHistory, { from: 'query' });
