import { and, desc, eq, inArray, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { bulkRequests, services, users } from '../../db/schema';
import { managedServiceIds, type SessionUser } from '../../auth/session';
import { QUEUE_CLOSURE } from './kind';

/** Keyset cursor of the monitoring list: the last row's creation time and id. */
export interface RequestCursor {
  createdAt: string;
  id: string;
}

/**
 * Closure requests the user may follow (services in scope; every one for admins), newest first,
 * `limit` a page after `cursor`.
 */
export async function listClosureRequests(db: Db, user: Pick<SessionUser, 'id' | 'permissions'>, opts: { limit: number; cursor?: RequestCursor }) {
  const scope = await managedServiceIds(db, user);
  if (scope !== 'all' && scope.length === 0) return { requests: [], next: null };
  const c = opts.cursor;
  const rows = await db
    .select({
      id: bulkRequests.id,
      state: bulkRequests.state,
      serviceId: bulkRequests.serviceId,
      serviceName: services.name,
      requestedBy: users.name,
      total: bulkRequests.total,
      processed: bulkRequests.processed,
      failed: bulkRequests.failed,
      result: bulkRequests.result,
      createdAt: bulkRequests.createdAt,
      startedAt: bulkRequests.startedAt,
      finishedAt: bulkRequests.finishedAt,
    })
    .from(bulkRequests)
    .leftJoin(services, eq(services.id, bulkRequests.serviceId))
    .leftJoin(users, eq(users.id, bulkRequests.requestedBy))
    .where(
      and(
        eq(bulkRequests.kind, QUEUE_CLOSURE),
        scope === 'all' ? undefined : inArray(bulkRequests.serviceId, scope),
        c ? or(lt(bulkRequests.createdAt, new Date(c.createdAt)), and(eq(bulkRequests.createdAt, new Date(c.createdAt)), lt(bulkRequests.id, c.id))) : undefined,
      ),
    )
    .orderBy(desc(bulkRequests.createdAt), desc(bulkRequests.id))
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  return { requests: page, next: rows.length > opts.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null };
}
