import { z } from 'zod';
import { listAssociatedUsers } from '../../../../bulk/user-migration/users-query';
import { organizationInfo } from '../../../../admin/organization-info';
import { defineEndpoint } from '../../../../server/endpoint';
import { dbId, pageSize, text } from '../../../../server/input';

export const prerender = false;

const query = z.object({
  /** The service whose associated users are listed (in the caller's scope). */
  serviceId: dbId(),
  /** Name or e-mail filter (substring, any case). Default ''. */
  q: text(200).default(''),
  /** Page, from 1 to 100,000. Default 1. */
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  /** Page size, 1–200. Default 25. */
  pageSize: pageSize(200, 25),
});

/** GET /api/bulk/user-migration/users: a service's associated users, filtered and paged (manage:user-migration, service in scope). */
export const GET = defineEndpoint({
  action: 'bulk.user-migration.users',
  permission: 'manage:user-migration',
  query,
  handler: async ({ db, query: q, requireService }) => {
    await requireService(q.serviceId);
    const r = await listAssociatedUsers(db, { serviceId: q.serviceId, q: q.q }, q.page, q.pageSize);
    const { timeZone } = await organizationInfo(db);
    return { ...r, page: q.page, pageSize: q.pageSize, timeZone };
  },
});
