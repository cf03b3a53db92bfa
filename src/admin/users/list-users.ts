import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@/auth/scope';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';

/** A user with no sign-in for this many days is idle (the same threshold as the license check). */
export const IDLE_DAYS = 30;

/** What the users screen filters by; every field optional, all of them ANDed with the caller's scope. */
export interface UsersFilter {
  /** Part of the name or the e-mail, any case. */
  q?: string;
  serviceId?: number;
  profileId?: number;
  groupId?: number;
  /** true: active only; false: inactive only. */
  active?: boolean;
  /** Only users with no sign-in for IDLE_DAYS days (or never). */
  idle?: boolean;
}

export interface UserRow {
  id: number;
  name: string;
  email: string;
  active: boolean;
  lastLoginAt: string | null;
  profile: { id: number; name: string };
  /** The user's services the caller may see (in its scope). */
  services: { id: number; name: string }[];
  groups: { id: number; name: string }[];
  /** Consumes a license (active and in at least one group). */
  licensed: boolean;
}

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** The filters as one predicate over `users u`, the caller's scope always ANDed. */
export function usersWhere(scope: Scope, f: UsersFilter, now: Date): SQL {
  const parts: SQL[] = [scope.users(sql`u.id`)];
  const q = f.q?.trim();
  if (q) parts.push(sql`(u.name ilike ${like(q)} or u.email ilike ${like(q)})`);
  if (f.serviceId) parts.push(sql`exists (select 1 from user_service_links f_l where f_l.user_id = u.id and f_l.service_id = ${f.serviceId})`);
  if (f.profileId) parts.push(sql`u.profile_id = ${f.profileId}`);
  if (f.groupId) parts.push(sql`exists (select 1 from group_members f_g where f_g.user_id = u.id and f_g.group_id = ${f.groupId})`);
  if (f.active !== undefined) parts.push(sql`u.active = ${f.active}`);
  if (f.idle) {
    const cutoff = new Date(now.getTime() - IDLE_DAYS * 86_400_000).toISOString();
    parts.push(sql`(u.last_login_at is null or u.last_login_at < ${cutoff}::timestamptz)`);
  }
  return sql.join(parts, sql` and `);
}

/**
 * One page of the users the caller may see, by name: each with its profile, its services within
 * the caller's scope, its groups, last sign-in and whether it consumes a license. Reads one row
 * more than the page to know whether another follows.
 */
export async function listUsers(
  db: Db,
  scope: Scope,
  f: UsersFilter,
  now: Date,
  page: number,
  pageSize: number,
): Promise<{ users: UserRow[]; hasMore: boolean }> {
  const rows = await queryRows<{
    id: number;
    name: string;
    email: string;
    active: boolean;
    last_login_at: string | Date | null;
    profile_id: number;
    profile_name: string;
    licensed: boolean;
    services: { id: number; name: string }[];
    groups: { id: number; name: string }[];
  }>(
    db,
    sql`select u.id, u.name, u.email, u.active, u.last_login_at, u.profile_id, p.name as profile_name,
          exists (select 1 from license_consumers c where c.user_id = u.id) as licensed,
          coalesce((select json_agg(json_build_object('id', s.id, 'name', s.name) order by s.name)
                      from user_service_links l join services s on s.id = l.service_id
                     where l.user_id = u.id and ${scope.services(sql`l.service_id`)}), '[]'::json) as services,
          coalesce((select json_agg(json_build_object('id', g.id, 'name', g.name) order by g.name)
                      from group_members gm join user_groups g on g.id = gm.group_id
                     where gm.user_id = u.id), '[]'::json) as groups
        from users u join profiles p on p.id = u.profile_id
        where ${usersWhere(scope, f, now)}
        order by lower(u.name), u.id
        limit ${pageSize + 1} offset ${(page - 1) * pageSize}`,
  );
  const parse = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  return {
    hasMore: rows.length > pageSize,
    users: rows.slice(0, pageSize).map((r) => ({
      id: Number(r.id),
      name: r.name,
      email: r.email,
      active: r.active,
      lastLoginAt: r.last_login_at == null ? null : new Date(r.last_login_at).toISOString(),
      profile: { id: Number(r.profile_id), name: r.profile_name },
      services: parse(r.services),
      groups: parse(r.groups),
      licensed: r.licensed,
    })),
  };
}

/** The organization's license use: seats consumed (kept by triggers) and contracted. */
export async function licenseUse(db: Db): Promise<{ consumed: number; contracted: number }> {
  const [r] = await queryRows<{ consumed: number; contracted: number }>(
    db,
    sql`select coalesce((select consumed from license_usage where id = 1), 0)::int as consumed,
               coalesce((select contracted_seats from organization where id = 1), 0)::int as contracted`,
  );
  return { consumed: Number(r?.consumed ?? 0), contracted: Number(r?.contracted ?? 0) };
}
