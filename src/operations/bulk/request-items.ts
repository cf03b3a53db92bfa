import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { accessibleRequest } from '@/bulk/accessible-request';
import { requestItems } from '@/bulk/request-items';
import { pageSize, uuid } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * What one bulk request did, item by item, a page at a time: the users a migration moved (from →
 * to, a temporary one's return in the organization's zone), the attendances a transfer moved (from
 * which agent to whom), the users an import created, the attendances a closure finished; failures
 * with their reason. For whoever may open the request (404 unknown, 403 audited otherwise), and
 * only the items of the caller's services.
 */
export const requestItemsOp = defineOperation({
  action: 'bulk.items',
  permission: null,
  input: z.object({
    /** The bulk request (UUID). */
    id: uuid(),
    /** The previous page's `next` cursor. Default 0: the first page. */
    after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    /** Items per page, 1–100. Default 25. */
    limit: pageSize(100, 25),
  }),
  handler: async (c) => {
    const request = await accessibleRequest({ ...c, params: { id: c.input.id } }, 'bulk.items');
    const { timeZone } = await organizationInfo(c.db);
    const page = await requestItems({
      db: c.db,
      request,
      scope: await c.scope(),
      requester: request.requestedBy === c.user.id,
      lang: c.lang,
      timeZone,
      after: c.input.after,
      limit: c.input.limit,
    });
    return { ...page, kind: request.kind, timeZone };
  },
});
