import { organizationInfo } from '@/admin/organization-info';
import { auditListQuery } from '@/audit/filters';
import { auditNames } from '@/audit/names';
import { auditPage } from '@/audit/query';
import { defineOperation } from '@/server/operation';

/**
 * The audit trail newest first, filtered by actor (part of the e-mail), action, outcome and a range
 * of days in the organization's time zone, check runs only when asked (`checks`) or filtered for;
 * keyset pages (`before` = the previous page's `next`). Each record with its actor's and target's
 * names in the caller's language (only those within the caller's scope; others keep their ids).
 * Answers `{records, next, timeZone}`. Needs admin:audit.
 */
export const auditList = defineOperation({
  action: 'audit.list',
  permission: 'admin:audit',
  // The screen's filters and a keyset page (see auditListQuery).
  input: auditListQuery,
  handler: async ({ db, input, lang, scope }) => {
    const { timeZone } = await organizationInfo(db);
    const page = await auditPage(db, input, timeZone, { before: input.before, limit: input.limit });
    const names = await auditNames(db, await scope(), lang, page.records);
    return { ...page, records: page.records.map((r, i) => ({ ...r, ...names[i] })), timeZone };
  },
});
