import { organizationInfo } from '../../../admin/organization-info';
import { historyPage, historyQuery } from '../../../reports/interaction-history';
import { defineEndpoint } from '../../../server/endpoint';

export const prerender = false;

/** GET /api/reports/interaction-history: one keyset page of history events (module:report-builder:view; services in scope). */
export const GET = defineEndpoint({
  action: 'reports.interaction-history',
  permission: 'module:report-builder:view',
  query: historyQuery,
  handler: async ({ db, query, scope, requireService }) => {
    if (query.serviceId !== undefined) await requireService(query.serviceId);
    const page = await historyPage(db, query, await scope());
    return { ...page, timeZone: (await organizationInfo(db)).timeZone };
  },
});
