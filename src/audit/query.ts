import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../db/client';
import { auditRecords, type AuditRecord } from '../db/schema';
import type { AuditFilters } from './filters';

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The trail's default view leaves check runs out (each stays in its check's history; partial index,
 * migration 0019). Written as a literal so the planner matches the partial index whatever the plan
 * (a bound parameter would not).
 */
const withoutCheckRuns = sql`${auditRecords.action} <> 'check.run'`;

/** The SQL of the filters; days are whole days of the organization's calendar. */
export function auditWhere(f: AuditFilters, timeZone: string): SQL | undefined {
  const dayStart = (day: string) => DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  return and(
    f.actor ? ilike(auditRecords.actorEmail, `%${escapeLike(f.actor)}%`) : undefined,
    f.action ? eq(auditRecords.action, f.action) : f.checks ? undefined : withoutCheckRuns,
    f.outcome ? eq(auditRecords.outcome, f.outcome) : undefined,
    f.from ? gte(auditRecords.at, dayStart(f.from).toJSDate()) : undefined,
    f.to ? lt(auditRecords.at, dayStart(f.to).plus({ days: 1 }).toJSDate()) : undefined,
  );
}

/**
 * One keyset page of the audit trail, newest first: `limit` records older than `before`, and the
 * cursor of the next page (null on the last one).
 */
export async function auditPage(
  db: Db,
  f: AuditFilters,
  timeZone: string,
  opts: { before?: number; limit: number },
): Promise<{ records: AuditRecord[]; next: number | null }> {
  const rows = await db
    .select()
    .from(auditRecords)
    .where(and(auditWhere(f, timeZone), opts.before ? lt(auditRecords.id, opts.before) : undefined))
    .orderBy(desc(auditRecords.id))
    .limit(opts.limit + 1);
  const records = rows.slice(0, opts.limit);
  return { records, next: rows.length > opts.limit ? records[records.length - 1].id : null };
}
