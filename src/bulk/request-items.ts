import { sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Scope } from '../auth/scope';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import type { BulkItemState, BulkRequest } from '../db/schema';
import { profileLabel } from '../i18n/profiles';
import type { Lang } from '../i18n/ui';
import type { Localized } from './types';
import { closureRange } from './queue-closure/input';
import { nextDayIn } from './user-migration/next-day';

/**
 * One item of a request as its page lists it: who or what (`subject`, `note`), where from and to
 * (services of a migration, agents of a transfer, the service and profile an import gave), the
 * outcome and its reason, and for a temporary migration when it returns (`returnsAt`, the start of
 * the next day in the organization's zone) and whether it already has.
 */
export interface RequestItem {
  key: string;
  state: BulkItemState;
  subject: string;
  note: string | null;
  from: string | null;
  to: string | null;
  profile: string | null;
  temporary: boolean;
  returnsAt: string | null;
  returned: boolean;
  reason: string | null;
  at: string | null;
}

export interface RequestItemsPage {
  items: RequestItem[];
  /** Cursor of the next page (the position after its last item), null on the last page. */
  next: number | null;
}

interface PageArgs {
  db: Db;
  request: BulkRequest;
  scope: Scope;
  /** True when the caller asked for the request (it knows the whole file of an import). */
  requester: boolean;
  lang: Lang;
  timeZone: string;
  after: number;
  limit: number;
}

const iso = (v: unknown): string | null => (v == null ? null : new Date(v as string).toISOString());
const reasonIn = (r: unknown, lang: Lang): string | null => (r && typeof r === 'object' ? ((r as Localized)[lang] ?? null) : null);
const inScope = (scope: Scope, column: SQL): SQL => (scope.all ? sql`true` : scope.services(column));

/** A page of `rows` (read with one extra) and the cursor of the next: the position after its last row. */
function paged<R extends { pos: number | string }>(rows: R[], limit: number): { rows: R[]; next: number | null } {
  const page = rows.slice(0, limit);
  return { rows: page, next: rows.length > limit && page.length ? Number(page[page.length - 1]!.pos) + 1 : null };
}

/** A migration's users: who, from and to which service, how, and a temporary one's return. */
async function migrationItems(a: PageArgs): Promise<RequestItemsPage> {
  type Row = Record<string, unknown> & { pos: number };
  const rows = await queryRows<Row>(
    a.db,
    sql`select i.seq as pos, i.item_key, i.state, i.label, i.reason, i.applied_at, i.payload ->> 'mode' as mode,
          (i.payload ->> 'userId')::int as user_id, u.name, u.email, fs.name as from_name, ts.name as to_name,
          exists (select 1 from user_service_history h where h.user_id = (i.payload ->> 'userId')::int and h.event = 'return'
                  and h.from_service_id = (i.payload ->> 'toServiceId')::int and i.applied_at is not null and h.at >= i.applied_at) as returned
        from bulk_items i
        left join users u on u.id = (i.payload ->> 'userId')::int
        left join services fs on fs.id = (i.payload ->> 'fromServiceId')::int
        left join services ts on ts.id = (i.payload ->> 'toServiceId')::int
        where i.request_id = ${a.request.id} and i.seq >= ${a.after}
          and (${inScope(a.scope, sql`(i.payload ->> 'fromServiceId')::int`)} or ${inScope(a.scope, sql`(i.payload ->> 'toServiceId')::int`)})
        order by i.seq limit ${a.limit + 1}`,
  );
  const { rows: page, next } = paged(rows, a.limit);
  return {
    next,
    items: page.map((r) => {
      // The preview gave no name for a user out of the caller's reach (its label is then the id): keep it so.
      const visible = r.state === 'applied' || r.label !== String(r.user_id);
      const temporary = r.mode === 'temporary';
      const applied = r.applied_at ? new Date(r.applied_at as string) : null;
      const returnsAt =
        temporary && applied && r.state === 'applied'
          ? DateTime.fromISO(nextDayIn(applied, a.timeZone), { zone: a.timeZone }).startOf('day').toUTC().toISO()
          : null;
      return {
        key: String(r.item_key),
        state: r.state as BulkItemState,
        subject: visible && r.name ? String(r.name) : String(r.label),
        note: visible && r.email ? String(r.email) : null,
        from: (r.from_name as string | null) ?? null,
        to: (r.to_name as string | null) ?? null,
        profile: null,
        temporary,
        returnsAt,
        returned: Boolean(r.returned),
        reason: reasonIn(r.reason, a.lang),
        at: iso(r.applied_at),
      };
    }),
  };
}

/** A transfer's attendances: protocol and customer, from which agent to which. */
async function transferItems(a: PageArgs): Promise<RequestItemsPage> {
  type Row = Record<string, unknown> & { pos: number };
  const rows = await queryRows<Row>(
    a.db,
    sql`select i.seq as pos, i.item_key, i.state, i.label, i.reason, i.applied_at, at.protocol, at.customer_name,
          fa.name as from_name, ta.name as to_name
        from bulk_items i
        left join attendances at on at.id = (i.payload ->> 'attendanceId')::bigint
        left join users fa on fa.id = (i.payload ->> 'fromAgentId')::int
        left join users ta on ta.id = (i.payload ->> 'toAgentId')::int
        where i.request_id = ${a.request.id} and i.seq >= ${a.after} and ${inScope(a.scope, sql`coalesce(at.service_id, ${a.request.serviceId})`)}
        order by i.seq limit ${a.limit + 1}`,
  );
  const { rows: page, next } = paged(rows, a.limit);
  return {
    next,
    items: page.map((r) => ({
      key: String(r.item_key),
      state: r.state as BulkItemState,
      subject: String(r.protocol ?? r.label),
      note: (r.customer_name as string | null) ?? null,
      from: (r.from_name as string | null) ?? null,
      to: (r.to_name as string | null) ?? null,
      profile: null,
      temporary: false,
      returnsAt: null,
      returned: false,
      reason: reasonIn(r.reason, a.lang),
      at: iso(r.applied_at),
    })),
  };
}

/**
 * An import's rows: the users created (name, e-mail, the service they joined, their profile), and
 * the rows not created with the reason. A user is listed to a caller who does not see every
 * service only when it belongs to one of the caller's services; the rows not created (no service
 * left to tell) only to the requester and admins.
 */
async function importItems(a: PageArgs): Promise<RequestItemsPage> {
  type Row = Record<string, unknown> & { pos: number };
  const rows = await queryRows<Row>(
    a.db,
    sql`select i.seq as pos, i.item_key, i.state, i.label, i.reason, i.applied_at, u.name, u.email, p.name as profile,
          (select string_agg(s.name, ', ' order by s.name) from user_service_links l join services s on s.id = l.service_id
            where l.user_id = u.id) as services
        from bulk_items i
        left join users u on i.state = 'applied' and lower(u.email) = lower(i.label)
        left join profiles p on p.id = u.profile_id
        where i.request_id = ${a.request.id} and i.seq >= ${a.after}
          and ${a.scope.all ? sql`true` : importScope(a)}
        order by i.seq limit ${a.limit + 1}`,
  );
  const { rows: page, next } = paged(rows, a.limit);
  return {
    next,
    items: page.map((r) => ({
      key: String(r.item_key),
      state: r.state as BulkItemState,
      subject: String(r.name ?? r.label),
      note: r.name ? String(r.email ?? r.label) : null,
      from: null,
      to: (r.services as string | null) ?? null,
      profile: r.profile ? profileLabel(a.lang, String(r.profile)) : null,
      temporary: false,
      returnsAt: null,
      returned: false,
      reason: reasonIn(r.reason, a.lang),
      at: iso(r.applied_at),
    })),
  };
}

/** An import row visible to a caller who does not see every service (see `importItems`). */
function importScope(a: PageArgs): SQL {
  return sql`(case when i.state = 'applied' then u.id is not null and ${a.scope.users(sql`u.id`)} else ${a.requester} end)`;
}

/**
 * A closure's attendances, from the attendances and their events (a range request stores no
 * items): each attendance of the range the request finished (its `finished` event carries the
 * request id), in id order. The service's finished attendances are read by the (service, status,
 * id) index up to the range's end; the event by the attendance's.
 */
async function closureItems(a: PageArgs): Promise<RequestItemsPage> {
  const range = closureRange(a.request.input);
  if (!range || !a.scope.has(range.serviceId)) return { items: [], next: null };
  type Row = Record<string, unknown> & { pos: string };
  const rows = await queryRows<Row>(
    a.db,
    sql`select at.id::text as pos, at.protocol, at.customer_name, at.channel, e.at as closed_at
        from attendances at
        join interaction_events e on e.attendance_id = at.id and e.type = 'finished' and e.request_id = ${a.request.id}
        where at.service_id = ${range.serviceId} and at.status = 'finished' and at.id >= ${a.after} and at.id <= ${range.upToId}
        order by at.id limit ${a.limit + 1}`,
  );
  const { rows: page, next } = paged(rows, a.limit);
  return {
    next,
    items: page.map((r) => ({
      key: String(r.pos),
      state: 'applied' as const,
      subject: String(r.protocol),
      note: (r.customer_name as string | null) ?? null,
      from: null,
      to: null,
      profile: null,
      temporary: false,
      returnsAt: null,
      returned: false,
      reason: null,
      at: iso(r.closed_at),
    })),
  };
}

const byKind: Record<string, (a: PageArgs) => Promise<RequestItemsPage>> = {
  'user-migration': migrationItems,
  'attendance-transfer': transferItems,
  'user-import': importItems,
  'queue-closure': closureItems,
};

/**
 * A page of what a request did, item by item (see `RequestItem`), in processing order, from the
 * position `after` on (0: the first page; a page's `next` for the following). Only items of the
 * caller's services.
 */
export function requestItems(a: PageArgs): Promise<RequestItemsPage> {
  const list = byKind[a.request.kind];
  return list ? list(a) : Promise.resolve({ items: [], next: null });
}
