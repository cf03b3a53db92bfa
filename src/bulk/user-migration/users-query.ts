import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userServiceLinks, users } from '@/db/schema';

/** Which associated users: the service and an optional name/e-mail filter. */
export interface UsersFilter {
  serviceId: number;
  q?: string;
}

/** The one predicate every associated-users query uses (service + filter). */
export function associatedWhere(f: UsersFilter): SQL {
  const q = f.q?.trim();
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : undefined;
  return and(eq(userServiceLinks.serviceId, f.serviceId), like ? or(ilike(users.name, like), ilike(users.email, like)) : undefined)!;
}

/** One page of a service's associated users, with the total matching the filter. */
export async function listAssociatedUsers(db: Db, f: UsersFilter, page: number, pageSize: number) {
  const where = associatedWhere(f);
  const [{ n }] = await db.select({ n: count() }).from(userServiceLinks).innerJoin(users, eq(users.id, userServiceLinks.userId)).where(where);
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      active: users.active,
      kind: userServiceLinks.kind,
      originServiceId: userServiceLinks.originServiceId,
      revertOn: userServiceLinks.revertOn,
    })
    .from(userServiceLinks)
    .innerJoin(users, eq(users.id, userServiceLinks.userId))
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total: Number(n), users: rows };
}

/** Ids of every associated user matching the filter ("select all across pages"), at most `max`. */
export async function allAssociatedIds(db: Db, f: UsersFilter, max: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(userServiceLinks)
    .innerJoin(users, eq(users.id, userServiceLinks.userId))
    .where(associatedWhere(f))
    .orderBy(asc(users.id))
    .limit(max);
  return rows.map((r) => r.id);
}

/** What GET /api/bulk/user-migration/users answers. */
export type AssociatedUsersPage = Awaited<ReturnType<typeof listAssociatedUsers>> & { page: number; pageSize: number; timeZone: string };
