import { eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { serviceManagers } from '../db/schema';
import type { SessionUser } from './session';

/**
 * Where a caller may look and act: every service for holders of `admin:all-services`, otherwise
 * the services it manages. Every query over service-owned records ANDs one of its predicates, so a
 * record outside the scope is never read, listed, counted or described.
 */
export interface Scope {
  /** True for holders of admin:all-services: every service, present and future. */
  readonly all: boolean;
  /** The managed services' ids (empty when `all`). */
  readonly serviceIds: readonly number[];
  /** True when the caller may act on `serviceId`. */
  has(serviceId: number | null | undefined): boolean;
  /** SQL: the service id in `column` is in scope. */
  services(column: SQLWrapper): SQL;
  /** SQL: the user whose id is in `userIdColumn` is associated to a service in scope. */
  users(userIdColumn: SQLWrapper): SQL;
  /**
   * SQL: the mailbox whose id is in `mailboxIdColumn` is answered by people of a service in scope
   * (a member of its responder team or group is associated to one). A mailbox belongs to no
   * service; this is how far a supervisor sees them.
   */
  mailboxes(mailboxIdColumn: SQLWrapper): SQL;
}

const TRUE = sql`true`;
const FALSE = sql`false`;

/** The scope of a given list of services (or of every service). */
export function scopeOf(all: boolean, serviceIds: readonly number[]): Scope {
  const ids = all ? [] : [...new Set(serviceIds)].filter(Number.isSafeInteger).sort((a, b) => a - b);
  // The subqueries name their tables with aliases of their own: a column passed in from a query
  // over the same table (user_service_links, mailboxes…) must keep meaning the outer row.
  const inIds = sql.raw(`{${ids.join(',')}}`);
  const users = (userIdColumn: SQLWrapper) =>
    all
      ? TRUE
      : ids.length
        ? sql`exists (select 1 from user_service_links scope_l where scope_l.user_id = ${userIdColumn} and scope_l.service_id = any('${inIds}'::int[]))`
        : FALSE;
  return {
    all,
    serviceIds: ids,
    has: (serviceId) => serviceId != null && (all || ids.includes(serviceId)),
    services: (column) => (all ? TRUE : ids.length ? inArray(column as never, ids) : FALSE),
    users,
    mailboxes: (mailboxIdColumn) =>
      all
        ? TRUE
        : ids.length
          ? sql`exists (select 1 from mailboxes scope_m where scope_m.id = ${mailboxIdColumn} and (
              exists (select 1 from team_members scope_tm where scope_tm.team_id = scope_m.responder_team_id and ${users(sql`scope_tm.user_id`)})
              or exists (select 1 from group_members scope_gm where scope_gm.group_id = scope_m.responder_group_id and ${users(sql`scope_gm.user_id`)})))`
          : FALSE,
  };
}

/** The caller's scope, read from its permissions and the services it manages. */
export async function loadScope(db: Db, user: Pick<SessionUser, 'id' | 'permissions'>): Promise<Scope> {
  if (user.permissions.includes('admin:all-services')) return scopeOf(true, []);
  const rows = await db.select({ id: serviceManagers.serviceId }).from(serviceManagers).where(eq(serviceManagers.userId, user.id));
  return scopeOf(
    false,
    rows.map((r) => r.id),
  );
}
