import { organizationInfo } from '@/admin/organization-info';
import { historyPage, historyQuery } from '@/reports/interaction-history';
import { defineOperation } from '@/server/operation';

/**
 * One keyset page of the interaction history report (`{rows, next, timeZone}`): events of the
 * services in the caller's scope, a named service only when it is one of them (403 otherwise,
 * audited). Needs module:report-builder:view.
 */
export const interactionHistory = defineOperation({
  action: 'reports.interaction-history',
  permission: 'module:report-builder:view',
  // The report's filters and keyset page (see historyQuery).
  input: historyQuery,
  handler: async ({ db, input, scope, requireService }) => {
    if (input.serviceId !== undefined) await requireService(input.serviceId);
    const page = await historyPage(db, input, await scope());
    return { ...page, timeZone: (await organizationInfo(db)).timeZone };
  },
});
