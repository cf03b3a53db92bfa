import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { listClosureRequests } from '@/bulk/queue-closure/list-requests';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { bulkRequestStates } from '@/db/schema';
import { closureText } from '@/i18n/queue-closure';
import { dbId, isoDay, isoInstant, pageSize, uuid } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * The monitoring list of queue closures: requests of the services in the caller's scope, ANDed
 * with the filters, newest first, keyset pages, with the organization's time zone.
 */
export const closureRequests = defineOperation({
  action: 'bulk.queue-closure.requests',
  permission: 'manage:queue-closure',
  input: z
    .object({
      /** Keyset cursor: creation instant of the previous page's last request. Default: first page. */
      beforeAt: isoInstant().optional(),
      /** Keyset cursor: id of the previous page's last request (with beforeAt). */
      beforeId: uuid().optional(),
      /** Page size, 1–100. Default 20. */
      limit: pageSize(100, 20),
      /** Only this service's requests (must be in the caller's scope). Default: every service in scope. */
      serviceId: dbId().optional(),
      /** Only requests in this state. Default: any. */
      state: z.enum(bulkRequestStates).optional(),
      /** Requested on or after this day (YYYY-MM-DD, the organization's time zone). Default: no lower bound. */
      from: isoDay().optional(),
      /** Requested on or before this day (YYYY-MM-DD, the organization's time zone). Default: no upper bound. */
      to: isoDay().optional(),
    })
    .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: inputMessage(inputStrings.l('range.reversed')) }),
  handler: async ({ db, input: q, scope, requireService }) => {
    if (q.serviceId !== undefined) await requireService(q.serviceId, closureText.badService);
    const cursor = q.beforeAt && q.beforeId ? { createdAt: q.beforeAt, id: q.beforeId } : undefined;
    const { timeZone } = await organizationInfo(db);
    const page = await listClosureRequests(db, await scope(), {
      limit: q.limit,
      cursor,
      filter: { serviceId: q.serviceId, state: q.state, from: q.from, to: q.to, timeZone },
    });
    return { ...page, timeZone };
  },
});
