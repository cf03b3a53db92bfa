import { eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { serviceManagers, userServiceLinks } from '../db/schema';
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
}

const TRUE = sql`true`;
const FALSE = sql`false`;

/** The scope of a given list of services (or of every service). */
export function scopeOf(all: boolean, serviceIds: readonly number[]): Scope {
  const ids = all ? [] : [...new Set(serviceIds)].sort((a, b) => a - b);
  return {
    all,
    serviceIds: ids,
    has: (serviceId) => serviceId != null && (all || ids.includes(serviceId)),
    services: (column) => (all ? TRUE : ids.length ? inArray(column as never, ids) : FALSE),
    users: (userIdColumn) =>
      all
        ? TRUE
        : ids.length
          ? sql`exists (select 1 from ${userServiceLinks} where ${userServiceLinks.userId} = ${userIdColumn} and ${inArray(userServiceLinks.serviceId, ids)})`
          : FALSE,
  };
}

/** The caller's scope, read from its permissions and the services it manages. */
export async function loadScope(db: Db, user: Pick<SessionUser, 'id' | 'permissions'>): Promise<Scope> {
  if (user.permissions.includes('admin:all-services')) return scopeOf(true, []);
  const rows = await db.select({ id: serviceManagers.serviceId }).from(serviceManagers).where(eq(serviceManagers.userId, user.id));
  return scopeOf(false, rows.map((r) => r.id));
}
