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
 * they manage and their own requests; admins: all), with the organization's time zone. Holders of a
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
    return { ...(await bulkHistory(db, await scope(), user.id, input, timeZone, input.limit)), timeZone };
  },
});
