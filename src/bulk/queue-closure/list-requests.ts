import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { bulkRequests, services, users, type BulkRequest } from '@/db/schema';
import type { Scope } from '@/auth/scope';
import { QUEUE_CLOSURE } from './kind';

/** Keyset cursor of the monitoring list: the last row's creation time and id. */
export interface RequestCursor {
  createdAt: string;
  id: string;
}

/** Filters of the monitoring list, each optional; every one is ANDed with the caller's scope. */
export interface ClosureRequestFilter {
  /** Only this service's requests. */
  serviceId?: number;
  /** Only requests in this state. */
  state?: BulkRequest['state'];
  /** Requested on or after this calendar day (YYYY-MM-DD) in `timeZone`. */
  from?: string;
  /** Requested on or before this calendar day (YYYY-MM-DD) in `timeZone`. */
  to?: string;
  /** The organization's time zone, in which `from` and `to` are days. */
  timeZone: string;
}

/** One closure request as the monitoring screen receives it (dates as ISO instants). */
export interface ClosureRequestRow {
  id: string;
  state: BulkRequest['state'];
  serviceId: number | null;
  serviceName: string | null;
  requestedBy: string | null;
  total: number;
  processed: number;
  failed: number;
  result: { applied?: number; skipped?: number; failed?: number } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/**
 * Closure requests the caller may follow (services in its scope; every one for admins), newest first,
 * `limit` a page after `cursor`, narrowed by `filter`.
 */
export async function listClosureRequests(
  db: Db,
  scope: Scope,
  opts: { limit: number; cursor?: RequestCursor; filter?: ClosureRequestFilter },
): Promise<{ requests: ClosureRequestRow[]; next: RequestCursor | null }> {
  const c = opts.cursor;
  const f = opts.filter;
  const dayStart = (day: string, plus: number) => sql`((${day}::date + ${plus}::int)::timestamp at time zone ${f?.timeZone ?? 'UTC'})`;
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
        f?.serviceId ? eq(bulkRequests.serviceId, f.serviceId) : undefined,
        f?.state ? eq(bulkRequests.state, f.state) : undefined,
        f?.from ? sql`${bulkRequests.createdAt} >= ${dayStart(f.from, 0)}` : undefined,
        f?.to ? sql`${bulkRequests.createdAt} < ${dayStart(f.to, 1)}` : undefined,
        c
          ? or(lt(bulkRequests.createdAt, new Date(c.createdAt)), and(eq(bulkRequests.createdAt, new Date(c.createdAt)), lt(bulkRequests.id, c.id)))
          : undefined,
      ),
    )
    .orderBy(desc(bulkRequests.createdAt), desc(bulkRequests.id))
    .limit(opts.limit + 1);
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  const page = rows.slice(0, opts.limit).map((r) => ({
    ...r,
    result: (r.result ?? null) as ClosureRequestRow['result'],
    createdAt: new Date(r.createdAt).toISOString(),
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
  }));
  const last = page[page.length - 1];
  return { requests: page, next: rows.length > opts.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}
