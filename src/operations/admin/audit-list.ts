import { organizationInfo } from '@/admin/organization-info';
import { auditListQuery } from '@/audit/filters';
import { auditPage } from '@/audit/query';
import { defineOperation } from '@/server/operation';

/**
 * The audit trail newest first, filtered by actor (part of the e-mail), action, outcome and a range
 * of days in the organization's time zone; keyset pages (`before` = the previous page's `next`).
 * Answers `{records, next, timeZone}`. Needs admin:audit.
 */
export const auditList = defineOperation({
  action: 'audit.list',
  permission: 'admin:audit',
  // The screen's filters and a keyset page (see auditListQuery).
  input: auditListQuery,
  handler: async ({ db, input }) => {
    const { timeZone } = await organizationInfo(db);
    const page = await auditPage(db, input, timeZone, { before: input.before, limit: input.limit });
    return { ...page, timeZone };
  },
});
