import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { bulkRequests, services, users } from '../../db/schema';
import type { Scope } from '../../auth/scope';
import { QUEUE_CLOSURE } from './kind';

/** Keyset cursor of the monitoring list: the last row's creation time and id. */
export interface RequestCursor {
  createdAt: string;
  id: string;
}

/**
 * Closure requests the caller may follow (services in its scope; every one for admins), newest first,
 * `limit` a page after `cursor`.
 */
export async function listClosureRequests(db: Db, scope: Scope, opts: { limit: number; cursor?: RequestCursor }) {
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
        scope.services(bulkRequests.serviceId),
        c ? or(lt(bulkRequests.createdAt, new Date(c.createdAt)), and(eq(bulkRequests.createdAt, new Date(c.createdAt)), lt(bulkRequests.id, c.id))) : undefined,
      ),
    )
    .orderBy(desc(bulkRequests.createdAt), desc(bulkRequests.id))
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  return { requests: page, next: rows.length > opts.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null };
}
