import { and, count, eq, sql } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';
import { attendances, type BulkRequest } from '@/db/schema';
import type { Lang } from '@/i18n/ui';
import { createBulkRequest } from '../requests';
import { QUEUE_CLOSURE, type ClosureInput } from './kind';

/** How many attendances are queued in the service right now (the search dialog). */
export async function countQueued(db: Db, serviceId: number): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(attendances)
    .where(and(eq(attendances.serviceId, serviceId), eq(attendances.status, 'queued')));
  return Number(r.n);
}

/**
 * Confirms a closure: records its RANGE, not its items — the service and the newest attendance id
 * the preview showed (without one, the newest queued now; 0 when none is), so later arrivals are
 * not closed — and, in the statement that writes the request, how many attendances that range
 * holds queued at this moment (its `total`; those not closed in the end had left the queue). Then
 * enqueues the job. The caller has already checked the permission and the service scope.
 */
export async function requestClosure(db: Db, boss: PgBoss | undefined, req: { userId: number; lang: Lang; input: ClosureInput }): Promise<BulkRequest> {
  const { serviceId } = req.input;
  const upToId =
    req.input.upToId ??
    Number(
      (await queryRows<{ id: string | null }>(db, sql`select max(id)::text as id from attendances where service_id = ${serviceId} and status = 'queued'`))[0]
        .id ?? 0,
    );
  return createBulkRequest(db, boss, {
    kind: QUEUE_CLOSURE,
    serviceId,
    requestedBy: req.userId,
    input: { ...req.input, upToId },
    lang: req.lang,
    items: [],
    totalQuery: sql`select count(*)::int from attendances where service_id = ${serviceId} and status = 'queued' and id <= ${upToId}`,
  });
}
