import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import type { Attendance } from '../db/schema';
import { queryRows } from '../db/rows';
import type { Scope } from '../auth/scope';
import { inputMessage } from '../server/input-message';
import { inputStrings } from '../i18n/input-messages';
import { dbId, isoDay, isoInstant, pageSize, text, uuid } from '../server/input';

const dayOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = inputMessage(inputStrings.l('report.date'));

/** A bound of the date range: a calendar day in the organization's time zone, or an exact instant. */
export type DateBound = { day: string } | { at: Date };

/** A calendar day (`YYYY-MM-DD`, read in the organization's time zone) or an ISO instant with offset, 2000–2099. */
const dayOrInstant = () =>
  text(40)
    .refine((v) => isoDay().safeParse(v).success || isoInstant().safeParse(v).success, { message: dateMessage })
    .transform((v): DateBound => (dayOnly.test(v) ? { day: v } : { at: new Date(v) }));

/** Whether the range `from` … `to` (a bare `to` day includes that whole day) is not inverted. */
function inOrder(from: DateBound, to: DateBound): boolean {
  if ('day' in from && 'day' in to) return from.day <= to.day;
  // A day against an instant: compared at the day's UTC midnight (off by the zone's hours at most).
  const t = (b: DateBound, end: boolean) => ('at' in b ? b.at.getTime() : Date.parse(`${b.day}T00:00:00Z`) + (end ? 86_400_000 : 0));
  return t(from, false) < t(to, true);
}

/** A keyset cursor `<ISO instant>_<event id>`, both parts checked so nothing malformed reaches SQL. */
const cursor = text(60).refine(
  (v) => {
    const at = v.lastIndexOf('_');
    const id = Number(v.slice(at + 1));
    return at > 0 && /^\d{1,16}$/.test(v.slice(at + 1)) && Number.isSafeInteger(id) && isoInstant().safeParse(v.slice(0, at)).success;
  },
  { message: inputMessage(inputStrings.l('report.cursor')) },
);

/** Filters of the interaction history report (GET /api/reports/interaction-history), every one bounded. */
export const historyQuery = z
  .object({
    /** Exact protocol of one attendance. Default: any. */
    protocol: text(40)
      .trim()
      .optional()
      .transform((v) => v || undefined),
    /** Only this service (must be in the caller's scope). Default: every service in scope. */
    serviceId: dbId().optional(),
    /** Events at or after this day (`YYYY-MM-DD`, from 00:00 in the organization's time zone) or instant, 2000–2099. Default: no lower bound. */
    from: dayOrInstant().optional(),
    /** Events before this instant; a bare date includes that whole day (organization's time zone). 2000–2099. Default: no upper bound. */
    to: dayOrInstant().optional(),
    /** Only events with this tabulation code (e.g. `batch-finalized`). Default: any. */
    tabulation: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
    /** Only the events written by this bulk request (the monitor's link to a closure's report). Default: any. */
    request: uuid().optional(),
    /** Keyset cursor `<ISO instant>_<event id>` of the previous page's last row. Default: first page. */
    cursor: cursor.optional(),
    /** Page size, 1–500. Default 50. */
    limit: pageSize(500, 50),
  })
  .refine((q) => !q.from || !q.to || inOrder(q.from, q.to), { path: ['to'], message: inputMessage(inputStrings.l('report.reversed')) });
/** A page's query: the parsed form, where a missing protocol or end date may also be left out. */
export type HistoryQuery = Omit<z.infer<typeof historyQuery>, 'protocol' | 'to' | 'request'> & { protocol?: string; to?: DateBound; request?: string };

export interface HistoryRow extends Record<string, unknown> {
  id: number;
  at: string;
  type: 'created' | 'transferred' | 'finished';
  protocol: string;
  channel: Attendance['channel'];
  customer: string;
  service: string;
  tabulation_pt: string | null;
  tabulation_en: string | null;
  by_name: string | null;
  from_agent: string | null;
  to_agent: string | null;
  request_id: string | null;
  requested_by: string | null;
  requested_at: string | null;
}

/**
 * One keyset page of history events, newest first: `(at, id) < cursor` on the index
 * interaction_events_at_id_idx (or the tabulation one), so the thousandth page costs what the
 * first does. Every query ANDs the caller's `scope`: no row outside it is read.
 */
export async function historyPage(db: Db, q: HistoryQuery, scope: Scope): Promise<{ rows: HistoryRow[]; next: string | null }> {
  if (!scope.all && scope.serviceIds.length === 0) return { rows: [], next: null };
  const where: SQL[] = [scope.services(sql`a.service_id`)];
  if (q.serviceId) where.push(sql`a.service_id = ${q.serviceId}`);
  if (q.protocol) where.push(sql`a.protocol = ${q.protocol}`);
  // A bare day starts at 00:00 in the organization's time zone; a `to` day runs to the next midnight.
  const bound = (b: DateBound, endOfDay: boolean) =>
    'at' in b
      ? sql`${b.at.toISOString()}::timestamptz`
      : sql`((${b.day}::date + ${endOfDay ? 1 : 0}::int)::timestamp at time zone (select time_zone from organization where id = 1))`;
  if (q.from) where.push(sql`e.at >= ${bound(q.from, false)}`);
  if (q.to) where.push(sql`e.at < ${bound(q.to, true)}`);
  if (q.request) where.push(sql`e.request_id = ${q.request}`);
  if (q.tabulation) where.push(sql`e.tabulation_id is not null and e.tabulation_id = (select id from tabulations where code = ${q.tabulation})`);
  if (q.cursor) {
    const at = q.cursor.slice(0, q.cursor.lastIndexOf('_'));
    const id = q.cursor.slice(q.cursor.lastIndexOf('_') + 1);
    where.push(sql`(e.at, e.id) < (${at}::timestamptz, ${Number(id)}::bigint)`);
  }
  const rows = await queryRows<HistoryRow>(
    db,
    sql`
    select e.id, e.at, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_key, e.type, a.protocol, a.channel, a.customer_name as customer, s.name as service,
           t.name_pt as tabulation_pt, t.name_en as tabulation_en, bu.name as by_name,
           fa.name as from_agent, ta.name as to_agent, e.request_id, ru.name as requested_by, r.created_at as requested_at
    from interaction_events e
    join attendances a on a.id = e.attendance_id
    join services s on s.id = a.service_id
    left join tabulations t on t.id = e.tabulation_id
    left join users bu on bu.id = e.by_user_id
    left join users fa on fa.id = e.from_agent_id
    left join users ta on ta.id = e.to_agent_id
    left join bulk_requests r on r.id = e.request_id
    left join users ru on ru.id = r.requested_by
    where ${sql.join(where, sql` and `)}
    order by e.at desc, e.id desc
    limit ${q.limit + 1}`,
  );
  const keyOfLast = rows[q.limit - 1]?.at_key as string | undefined;
  const page = rows.slice(0, q.limit).map(({ at_key: _k, ...r }) => ({
    ...r,
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    requested_at: r.requested_at ? new Date(r.requested_at).toISOString() : null,
  }));
  const last = page[page.length - 1];
  return { rows: page as HistoryRow[], next: rows.length > q.limit && last ? `${keyOfLast}_${last.id}` : null };
}
