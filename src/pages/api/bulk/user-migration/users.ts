import { migrationUsers } from '@/operations/bulk/migration-users';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/user-migration/users: a service's associated users, filtered and paged (see `migrationUsers`). */
export const GET = operationRoute(migrationUsers, { from: 'query' });
