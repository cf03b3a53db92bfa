import { alias } from 'drizzle-orm/pg-core';
import { desc, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { services, userServiceHistory, users } from '../../../../db/schema';
import { defineEndpoint } from '../../../../server/endpoint';
import { dbId, pageSize } from '../../../../server/input';

export const prerender = false;

const query = z.object({
  /** Service whose migrations and returns are listed (as origin or destination; in the caller's scope). */
  serviceId: dbId(),
  /** How many events, newest first, 1–200. Default 50. */
  limit: pageSize(200, 50),
});

/** GET /api/bulk/user-migration/history: recent migrations and returns touching a service (manage:user-migration, in reach). */
export const GET = defineEndpoint({
  action: 'bulk.user-migration.history',
  permission: 'manage:user-migration',
  query,
  handler: async ({ db, query: q, requireService }) => {
    await requireService(q.serviceId);
    const from = alias(services, 'from_service');
    const to = alias(services, 'to_service');
    const rows = await db
      .select({ at: userServiceHistory.at, event: userServiceHistory.event, userId: users.id, name: users.name, email: users.email, from: from.name, to: to.name })
      .from(userServiceHistory)
      .innerJoin(users, eq(users.id, userServiceHistory.userId))
      .leftJoin(from, eq(from.id, userServiceHistory.fromServiceId))
      .leftJoin(to, eq(to.id, userServiceHistory.toServiceId))
      .where(or(eq(userServiceHistory.fromServiceId, q.serviceId), eq(userServiceHistory.toServiceId, q.serviceId)))
      .orderBy(desc(userServiceHistory.id))
      .limit(q.limit);
    return { events: rows };
  },
});
