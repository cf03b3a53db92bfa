import type { APIRoute } from 'astro';
import { z } from 'zod';
import { guardEndpoint, jsonError } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { listAssociatedUsers } from '../../../../bulk/user-migration/users-query';
import { requireServiceInReach } from '../../../../bulk/user-migration/http';

export const prerender = false;

const query = z.object({
  /** The service whose associated users are listed. */
  serviceId: z.coerce.number().int().positive(),
  /** Name or e-mail filter (substring, any case). Default ''. */
  q: z.string().max(200).default(''),
  /** Page, from 1. Default 1. */
  page: z.coerce.number().int().min(1).default(1),
  /** Page size, 1–200. Default 25. */
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

/** GET /api/bulk/user-migration/users: a service's associated users, filtered and paged (manage:user-migration, service in reach). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:user-migration');
  if (user instanceof Response) return user;
  const q = query.safeParse(Object.fromEntries(ctx.url.searchParams));
  if (!q.success) return jsonError(ctx, 400, 'badRequest', { fields: z.flattenError(q.error).fieldErrors });
  const { db } = (await getRuntime()).handle;
  const denied = await requireServiceInReach(ctx, db, user, q.data.serviceId);
  if (denied) return denied;
  const r = await listAssociatedUsers(db, { serviceId: q.data.serviceId, q: q.data.q }, q.data.page, q.data.pageSize);
  return Response.json({ ...r, page: q.data.page, pageSize: q.data.pageSize });
};
