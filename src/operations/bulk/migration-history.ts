import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { migrationHistory as historyOf } from '@/bulk/user-migration/responses';
import { dbId, pageSize } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Recent migrations and returns touching a service (as origin or destination), newest first, with
 * the organization's time zone. Needs manage:user-migration and the service in scope.
 */
export const migrationHistory = defineOperation({
  action: 'bulk.user-migration.history',
  permission: 'manage:user-migration',
  input: z.object({
    /** Service whose migrations and returns are listed (as origin or destination; in the caller's scope). */
    serviceId: dbId(),
    /** How many events, newest first, 1–200. Default 50. */
    limit: pageSize(200, 50),
  }),
  handler: async ({ db, input, requireService }) => {
    await requireService(input.serviceId);
    const { timeZone } = await organizationInfo(db);
    return { events: await historyOf(db, input.serviceId, input.limit), timeZone };
  },
});
