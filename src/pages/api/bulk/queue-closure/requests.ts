import type { APIRoute } from 'astro';
import { z } from 'zod';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { readQuery } from '../../../../bulk/http-input';
import { listClosureRequests } from '../../../../bulk/queue-closure/list-requests';

export const prerender = false;

const query = z.object({
  /** Keyset cursor: creation instant of the previous page's last request. Default: first page. */
  beforeAt: z.iso.datetime().optional(),
  /** Keyset cursor: id of the previous page's last request (with beforeAt). */
  beforeId: z.uuid().optional(),
  /** Page size, 1–100. Default 20. */
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** GET /api/bulk/queue-closure/requests: the monitoring list (services in scope), newest first. */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:queue-closure');
  if (user instanceof Response) return user;
  const q = readQuery(ctx, query);
  if (q instanceof Response) return q;
  const { db } = (await getRuntime()).handle;
  const cursor = q.beforeAt && q.beforeId ? { createdAt: q.beforeAt, id: q.beforeId } : undefined;
  return Response.json(await listClosureRequests(db, user, { limit: q.limit, cursor }));
};
