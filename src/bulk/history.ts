import { and, desc, eq, gte, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { bulkActionIds } from '../lib/bulk-action-ids';
import type { Scope } from '../auth/scope';
import type { Db } from '../db/client';
import { bulkRequests, bulkRequestStates, services, users } from '../db/schema';
import { dbId, isoDay, text } from '../server/input';
import { destinationServiceSql, touchesScopeSql, touchesServiceSql } from './touched-services';

/** The history's filters and page cursor; every field bounded. */
export const bulkHistoryQuery = z.object({
  /** One request by id (its status page). Default: every request. */
  id: z.uuid().optional(),
  /** A service the request touched (its own, or a migration's destination). Default: every service in scope. */
  serviceId: dbId().optional(),
  /** One kind of bulk action. Default: every kind. */
  kind: z.enum(bulkActionIds).optional(),
  /** One state. Default: every state. */
  state: z.enum(bulkRequestStates).optional(),
  /** First day requested (inclusive), organization's calendar. Default: no lower bound. */
  from: isoDay().optional(),
  /** Last day requested (inclusive), organization's calendar. Default: no upper bound. */
  to: isoDay().optional(),
  /** The previous page's `next` cursor. Default: the newest request. */
  cursor: text(80)
    .regex(/^\d{1,17}\.[0-9a-f-]{36}$/)
    .optional(),
});

export type BulkHistoryQuery = z.infer<typeof bulkHistoryQuery>;

/** One request as the history lists it: who, when, what, where, how far; never its input. */
export interface BulkHistoryRow {
  id: string;
  kind: string;
  serviceId: number | null;
  service: string | null;
  /** A migration's destination service (the request is listed under both), else null. */
  destinationServiceId: number | null;
  destination: string | null;
  state: string;
  total: number;
  processed: number;
  failed: number;
  /** The requester's name (the e-mail is in `requestedByEmail`). */
  requestedBy: string | null;
  requestedByEmail: string | null;
  createdAt: string;
  finishedAt: string | null;
}

const destinations = alias(services, 'destination_service');

/**
 * A keyset page of bulk requests, newest first, of every kind: those touching a service in the
 * caller's scope (its own service, or a migration's destination), and the caller's own (an organization-wide request is seen by admins and its requester).
 */
export async function bulkHistory(
  db: Db,
  scope: Scope,
  callerId: number,
  q: BulkHistoryQuery,
  timeZone: string,
  limit: number,
): Promise<{ requests: BulkHistoryRow[]; next: string | null }> {
  const day = (d: string) => DateTime.fromISO(d, { zone: timeZone }).startOf('day').toJSDate();
  // The cursor is the last row's creation time in microseconds since the epoch (exact) and its id.
  const dot = q.cursor?.indexOf('.') ?? -1;
  const [cursorUs, cursorId] = q.cursor ? [q.cursor.slice(0, dot), q.cursor.slice(dot + 1)] : [];
  const rows = await db
    .select({
      id: bulkRequests.id,
      kind: bulkRequests.kind,
      serviceId: bulkRequests.serviceId,
      service: services.name,
      destinationServiceId: destinationServiceSql,
      destination: destinations.name,
      state: bulkRequests.state,
      total: bulkRequests.total,
      processed: bulkRequests.processed,
      failed: bulkRequests.failed,
      requestedBy: users.name,
      requestedByEmail: users.email,
      createdAt: bulkRequests.createdAt,
      finishedAt: bulkRequests.finishedAt,
      createdUs: sql<string>`(extract(epoch from ${bulkRequests.createdAt}) * 1000000)::bigint::text`,
    })
    .from(bulkRequests)
    .leftJoin(services, eq(services.id, bulkRequests.serviceId))
    .leftJoin(destinations, eq(destinations.id, destinationServiceSql))
    .leftJoin(users, eq(users.id, bulkRequests.requestedBy))
    .where(
      and(
        or(touchesScopeSql(scope), eq(bulkRequests.requestedBy, callerId)),
        q.serviceId ? touchesServiceSql(q.serviceId) : undefined,
        q.id ? eq(bulkRequests.id, q.id) : undefined,
        q.kind ? eq(bulkRequests.kind, q.kind) : undefined,
        q.state ? eq(bulkRequests.state, q.state) : undefined,
        q.from ? gte(bulkRequests.createdAt, day(q.from)) : undefined,
        q.to ? lt(bulkRequests.createdAt, DateTime.fromJSDate(day(q.to)).plus({ days: 1 }).toJSDate()) : undefined,
        q.cursor
          ? sql`(${bulkRequests.createdAt}, ${bulkRequests.id}) < ('epoch'::timestamptz + ${cursorUs}::bigint * interval '1 microsecond', ${cursorId})`
          : undefined,
      ),
    )
    .orderBy(desc(bulkRequests.createdAt), desc(bulkRequests.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    requests: page.map(({ createdUs: _us, ...r }) => ({ ...r, createdAt: r.createdAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null })),
    next: rows.length > limit && last ? `${last.createdUs}.${last.id}` : null,
  };
}
