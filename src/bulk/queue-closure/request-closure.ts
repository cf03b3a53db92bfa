import { and, count, eq, sql } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/client';
import { attendances, type BulkRequest } from '../../db/schema';
import type { Lang } from '../../i18n/ui';
import { createBulkRequest } from '../requests';
import { QUEUE_CLOSURE, type ClosureInput } from './kind';

/** How many attendances are queued in the service right now (the search dialog). */
export async function countQueued(db: Db, serviceId: number): Promise<number> {
  const [r] = await db.select({ n: count() }).from(attendances).where(and(eq(attendances.serviceId, serviceId), eq(attendances.status, 'queued')));
  return Number(r.n);
}

/**
 * Confirms a closure: snapshots the ids of the attendances queued in the service NOW (up to the
 * newest one the preview showed, when given) into the request's items, so later arrivals are not
 * closed, and enqueues the job. The caller has
 * already checked the permission and the service scope.
 */
export async function requestClosure(db: Db, boss: PgBoss | undefined, req: { userId: number; lang: Lang; input: ClosureInput }): Promise<BulkRequest> {
  return createBulkRequest(db, boss, {
    kind: QUEUE_CLOSURE,
    serviceId: req.input.serviceId,
    requestedBy: req.userId,
    input: req.input,
    lang: req.lang,
    items: [],
    // Set-based snapshot in the request's own transaction: ids in order, the protocol as label.
    itemsQuery: sql`select id::text as item_key, protocol as label, null::jsonb as payload, id as ord from attendances
      where service_id = ${req.input.serviceId} and status = 'queued'${req.input.upToId ? sql` and id <= ${req.input.upToId}` : sql``}`,
  });
}
