import { organizationInfo } from '../../../../admin/organization-info';
import { auditListQuery } from '../../../../audit/filters';
import { auditPage } from '../../../../audit/query';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/**
 * GET /api/admin/audit (admin:audit): the audit trail newest first, filtered by actor (part of the
 * e-mail), action, outcome and a range of days in the organization's time zone; keyset pages
 * (`before` = the previous page's `next`). Answers `{records, next, timeZone}`.
 */
export const GET = defineEndpoint({
  action: 'audit.list',
  permission: 'admin:audit',
  query: auditListQuery,
  handler: async ({ db, query }) => {
    const { timeZone } = await organizationInfo(db);
    const page = await auditPage(db, query, timeZone, { before: query.before, limit: query.limit });
    return { ...page, timeZone };
  },
});
