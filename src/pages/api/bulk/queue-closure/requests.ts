import { z } from 'zod';
import { listClosureRequests } from '../../../../bulk/queue-closure/list-requests';
import { defineEndpoint } from '../../../../server/endpoint';
import { isoInstant, pageSize, uuid } from '../../../../server/input';

export const prerender = false;

const query = z.object({
  /** Keyset cursor: creation instant of the previous page's last request. Default: first page. */
  beforeAt: isoInstant().optional(),
  /** Keyset cursor: id of the previous page's last request (with beforeAt). */
  beforeId: uuid().optional(),
  /** Page size, 1–100. Default 20. */
  limit: pageSize(100, 20),
});

/** GET /api/bulk/queue-closure/requests: the monitoring list (services in scope), newest first. */
export const GET = defineEndpoint({
  action: 'bulk.queue-closure.requests',
  permission: 'manage:queue-closure',
  query,
  handler: async ({ db, query: q, scope }) => {
    const cursor = q.beforeAt && q.beforeId ? { createdAt: q.beforeAt, id: q.beforeId } : undefined;
    return listClosureRequests(db, await scope(), { limit: q.limit, cursor });
  },
});
