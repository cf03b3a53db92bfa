import { accessibleRequest, bulkRequestParams } from '@/bulk/accessible-request';
// The kinds register themselves (a range kind's status reads its own hook).
import '@/bulk/kinds';
import { statusOf } from '@/bulk/status';
import { defineOperation } from '@/server/operation';

/**
 * One bulk request's state, counts, result and first failures, for its requester, admins and
 * supervisors of its service (404 unknown, 403 audited otherwise).
 */
export const requestStatus = defineOperation({
  action: 'bulk.status',
  permission: null,
  input: bulkRequestParams,
  handler: async (c) => statusOf(c.db, await accessibleRequest({ ...c, params: c.input }, 'bulk.status'), c.lang),
});
