import { accessibleRequest, bulkRequestParams } from '../../../../bulk/accessible-request';
import '../../../../bulk/kinds';
import { statusOf } from '../../../../bulk/status';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/** GET /api/bulk/<id>: state, counts, result and the first failures (requester, admins, supervisors of the service). */
export const GET = defineEndpoint({
  action: 'bulk.status',
  permission: null,
  params: bulkRequestParams,
  handler: async (c) => statusOf(c.db, await accessibleRequest(c, 'bulk.status'), c.lang),
});
