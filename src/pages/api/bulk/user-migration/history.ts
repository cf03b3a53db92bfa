import { z } from 'zod';
import { organizationInfo } from '../../../../admin/organization-info';
import { migrationHistory } from '../../../../bulk/user-migration/responses';
import { defineEndpoint } from '../../../../server/endpoint';
import { dbId, pageSize } from '../../../../server/input';

export const prerender = false;

const query = z.object({
  /** Service whose migrations and returns are listed (as origin or destination; in the caller's scope). */
  serviceId: dbId(),
  /** How many events, newest first, 1–200. Default 50. */
  limit: pageSize(200, 50),
});

/** GET /api/bulk/user-migration/history: recent migrations and returns touching a service (manage:user-migration, in reach). */
export const GET = defineEndpoint({
  action: 'bulk.user-migration.history',
  permission: 'manage:user-migration',
  query,
  handler: async ({ db, query: q, requireService }) => {
    await requireService(q.serviceId);
    const { timeZone } = await organizationInfo(db);
    return { events: await migrationHistory(db, q.serviceId, q.limit), timeZone };
  },
});
