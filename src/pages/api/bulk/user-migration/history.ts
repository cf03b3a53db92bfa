import type { APIRoute } from 'astro';
import { alias } from 'drizzle-orm/pg-core';
import { desc, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { guardEndpoint, jsonError } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { services, userServiceHistory, users } from '../../../../db/schema';
import { requireServiceInReach } from '../../../../bulk/user-migration/http';

export const prerender = false;

const query = z.object({
  /** Service whose migrations and returns are listed (as origin or destination). */
  serviceId: z.coerce.number().int().positive(),
  /** How many events, newest first, 1–200. Default 50. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** GET /api/bulk/user-migration/history: recent migrations and returns touching a service (manage:user-migration, in reach). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:user-migration');
  if (user instanceof Response) return user;
  const q = query.safeParse(Object.fromEntries(ctx.url.searchParams));
  if (!q.success) return jsonError(ctx, 400, 'badRequest', { fields: z.flattenError(q.error).fieldErrors });
  const { db } = (await getRuntime()).handle;
  const denied = await requireServiceInReach(ctx, db, user, q.data.serviceId);
  if (denied) return denied;
  const from = alias(services, 'from_service');
  const to = alias(services, 'to_service');
  const rows = await db
    .select({ at: userServiceHistory.at, event: userServiceHistory.event, userId: users.id, name: users.name, email: users.email, from: from.name, to: to.name })
    .from(userServiceHistory)
    .innerJoin(users, eq(users.id, userServiceHistory.userId))
    .leftJoin(from, eq(from.id, userServiceHistory.fromServiceId))
    .leftJoin(to, eq(to.id, userServiceHistory.toServiceId))
    .where(or(eq(userServiceHistory.fromServiceId, q.data.serviceId), eq(userServiceHistory.toServiceId, q.data.serviceId)))
    .orderBy(desc(userServiceHistory.id))
    .limit(q.data.limit);
  return Response.json({ events: rows });
};
