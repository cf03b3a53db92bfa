import { asc } from 'drizzle-orm';
import { services } from '@/db/schema';
import { organizationInfo } from '@/admin/organization-info';
import { bulkHistoryNeed } from '@/admin/tools';
import { missingFor } from '@/auth/page-guard';
import { bulkHistory, bulkHistoryQuery } from '@/bulk/history';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { pageSize } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Every bulk request of every kind, newest first, in the caller's scope (supervisors: the services
 * they manage, as origin or destination, and their own requests; admins: all), with the organization's
 * time zone and the services in scope (the service filter's choices). Holders of a
 * bulk action or admin:all-services; filters by id, kind, state and range of days; keyset pages.
 */
export const requestHistory = defineOperation({
  action: 'bulk.history',
  permission: null,
  input: bulkHistoryQuery.extend({
    /** Page size, 1–100. Default 25. */
    limit: pageSize(100, 25),
  }),
  handler: async ({ db, user, input, scope }) => {
    if (missingFor(user, bulkHistoryNeed).length) throw new HttpError(403, messages.forbidden);
    const { timeZone } = await organizationInfo(db);
    const s = await scope();
    const inScope = await db.select({ id: services.id, name: services.name }).from(services).where(s.services(services.id)).orderBy(asc(services.name));
    return { ...(await bulkHistory(db, s, user.id, input, timeZone, input.limit)), timeZone, services: inScope };
  },
});
