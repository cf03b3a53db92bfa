import { and, asc, count, eq } from 'drizzle-orm';
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
 * Confirms a closure: snapshots the ids of the attendances queued in the service NOW into the
 * request's items (so later arrivals are not closed) and enqueues the job. The caller has
 * already checked the permission and the service scope.
 */
export async function requestClosure(db: Db, boss: PgBoss | undefined, req: { userId: number; lang: Lang; input: ClosureInput }): Promise<BulkRequest> {
  const queued = await db
    .select({ id: attendances.id, protocol: attendances.protocol })
    .from(attendances)
    .where(and(eq(attendances.serviceId, req.input.serviceId), eq(attendances.status, 'queued')))
    .orderBy(asc(attendances.id));
  return createBulkRequest(db, boss, {
    kind: QUEUE_CLOSURE,
    serviceId: req.input.serviceId,
    requestedBy: req.userId,
    input: req.input,
    lang: req.lang,
    items: queued.map((a) => ({ key: String(a.id), label: a.protocol, payload: null })),
  });
}
