import { organizationInfo } from '../../../admin/organization-info';
import { bulkHistoryNeed } from '../../../admin/tools';
import { missingFor } from '../../../auth/page-guard';
import { bulkHistory, bulkHistoryQuery } from '../../../bulk/history';
import { messages } from '../../../i18n/messages';
import { defineEndpoint } from '../../../server/endpoint';
import { HttpError } from '../../../server/http-error';
import { pageSize } from '../../../server/input';

export const prerender = false;

/**
 * GET /api/bulk/history: every bulk request of every kind, newest first, in the caller's scope
 * (supervisors: the services they manage and their own requests; admins: all). Holders of a bulk
 * action or admin:all-services; filters by kind, state and range of days; keyset pages.
 */
export const GET = defineEndpoint({
  action: 'bulk.history',
  permission: null,
  query: bulkHistoryQuery.extend({
    /** Page size, 1–100. Default 25. */
    limit: pageSize(100, 25),
  }),
  handler: async ({ db, user, query, scope }) => {
    if (missingFor(user, bulkHistoryNeed).length) throw new HttpError(403, messages.forbidden);
    const { timeZone } = await organizationInfo(db);
    return { ...(await bulkHistory(db, await scope(), user.id, query, timeZone, query.limit)), timeZone };
  },
});
