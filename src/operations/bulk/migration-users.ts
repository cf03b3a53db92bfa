import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { listAssociatedUsers } from '@/bulk/user-migration/users-query';
import { dbId, pageSize, text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * A service's associated users, filtered by name or e-mail and paged, with the organization's time
 * zone (the migration form's list). Needs manage:user-migration and the service in scope.
 */
export const migrationUsers = defineOperation({
  action: 'bulk.user-migration.users',
  permission: 'manage:user-migration',
  input: z.object({
    /** The service whose associated users are listed (in the caller's scope). */
    serviceId: dbId(),
    /** Name or e-mail filter (substring, any case). Default ''. */
    q: text(200).default(''),
    /** Page, from 1 to 100,000. Default 1. */
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    /** Page size, 1–200. Default 25. */
    pageSize: pageSize(200, 25),
  }),
  handler: async ({ db, input, requireService }) => {
    await requireService(input.serviceId);
    const r = await listAssociatedUsers(db, { serviceId: input.serviceId, q: input.q }, input.page, input.pageSize);
    const { timeZone } = await organizationInfo(db);
    return { ...r, page: input.page, pageSize: input.pageSize, timeZone };
  },
});
