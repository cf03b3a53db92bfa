import { and, asc, count, eq, gt, isNull, lte, notInArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attendances, users } from '@/db/schema';
import type { TransferFilter } from './schemas';

/** The where-clause of a service's "in attendance" list under `f` (one predicate for list, count and select-all). */
export function inAttendanceWhere(f: TransferFilter, now: Date, extra: (SQL | undefined)[] = []): SQL | undefined {
  return and(
    eq(attendances.serviceId, f.serviceId),
    eq(attendances.status, 'in_attendance'),
    f.agentId ? eq(attendances.agentId, f.agentId) : undefined,
    f.channel ? eq(attendances.channel, f.channel) : undefined,
    f.minAgeMinutes ? lte(attendances.createdAt, new Date(now.getTime() - f.minAgeMinutes * 60_000)) : undefined,
    ...extra,
  );
}

/** Not expired at `now`: an expired attendance is listed (greyed out) but never selected. */
const notExpired = (now: Date) => or(isNull(attendances.expiresAt), gt(attendances.expiresAt, now));

/**
 * One keyset page (by id) of the service's attendances in attendance, with the agent's name,
 * plus how many of those matching may be selected in all (for "select all across pages": the
 * expired ones are shown but cannot be ticked, so they are not counted).
 */
export async function listInAttendance(db: Db, f: TransferFilter & { after?: number; limit: number }, now = new Date()) {
  const rows = await db
    .select({
      id: attendances.id,
      protocol: attendances.protocol,
      channel: attendances.channel,
      customerName: attendances.customerName,
      agentId: attendances.agentId,
      agentName: users.name,
      createdAt: attendances.createdAt,
      expiresAt: attendances.expiresAt,
    })
    .from(attendances)
    .leftJoin(users, eq(users.id, attendances.agentId))
    .where(inAttendanceWhere(f, now, [f.after ? gt(attendances.id, f.after) : undefined]))
    .orderBy(asc(attendances.id))
    .limit(f.limit + 1);
  const [{ n }] = await db
    .select({ n: count() })
    .from(attendances)
    .where(inAttendanceWhere(f, now, [notExpired(now)]));
  const page = rows.slice(0, f.limit);
  return {
    attendances: page.map((r) => ({ ...r, expired: r.expiresAt != null && r.expiresAt <= now })),
    next: rows.length > f.limit ? page[page.length - 1].id : null,
    total: Number(n),
  };
}

/** Ids and agents of every attendance the filter matches that is not expired, minus `exclude` (select all across pages). */
export function selectAllMatching(db: Db, f: TransferFilter, exclude: number[], limit: number, now = new Date()) {
  return db
    .select({ id: attendances.id, agentId: attendances.agentId })
    .from(attendances)
    .where(inAttendanceWhere(f, now, [notExpired(now), exclude.length ? notInArray(attendances.id, exclude) : undefined]))
    .orderBy(asc(attendances.id))
    .limit(limit);
}

/** What GET /api/bulk/attendance-transfer/attendances answers. */
export type AttendancePage = Awaited<ReturnType<typeof listInAttendance>>;
