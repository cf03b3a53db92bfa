import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { profiles, serviceManagers, services, userGroups } from '../db/schema';
import { queryRows } from '../db/rows';
import { effectivePermissions } from './session';
import type { Permission } from './permissions';
import { scopeOf, type Scope } from './scope';

/**
 * Why the caller may not change a user: unknown; outside the caller's services; holding a
 * permission the caller lacks; managing a service the caller does not manage (a fellow supervisor
 * of other services); or the caller itself, when deactivating.
 */
export type TargetRefusal = 'not-found' | 'out-of-scope' | 'holds-more' | 'manages-more' | 'self';

/** What a caller may give and whom it may change; built once per request by `grantPolicy`. */
export interface GrantPolicy {
  /** The caller's effective permissions, read from the database (profile, teams, groups). */
  permissions: ReadonlySet<Permission>;
  /** Services the caller may give and act on: every one (admin:all-services) or those it manages. */
  services: 'all' | ReadonlySet<number>;
  /** The same as a scope (src/auth/scope.ts), for queries. */
  scope: Scope;
  /** Ids of the profiles whose permissions are all held by the caller. */
  profiles: ReadonlySet<number>;
  /**
   * Ids of the user groups the caller may put users in or take them out of: those whose
   * administrative, managerial and operational grants are all the caller's own. (Module
   * permissions of groups come with the channels, as in `refusals`, so they do not count.)
   */
  groups: ReadonlySet<number>;
  mayGiveService(serviceId: number): boolean;
  mayGiveProfile(profileId: number): boolean;
  mayGiveGroup(groupId: number): boolean;
  /**
   * For each of `userIds` the caller may NOT change, why: unknown, associated to none of the
   * caller's services, or above the caller: its profile carries a permission the caller lacks, or
   * it holds an administrative, managerial or operational grant the caller lacks through a team or
   * group. (Module permissions of teams and groups come with the team's channels, which editing
   * the user does not give, so they do not count.) Or it manages a service the caller does not
   * manage; or, with `deactivate`, it is the caller. Users absent from the map may be changed.
   * Three queries whatever the number of users.
   */
  refusals(userIds: readonly number[], options?: { deactivate?: boolean }): Promise<Map<number, TargetRefusal>>;
}

const intArray = (ids: Iterable<number>) => `{${[...ids].map((n) => Math.trunc(n)).join(',')}}`;
const textArray = (xs: Iterable<string>) => `{${[...xs].map((x) => `"${x.replace(/["\\]/g, (c) => '\\' + c)}"`).join(',')}}`;

/**
 * The grant policy: a caller gives only what it holds. A profile only when every permission of it
 * is one of the caller's own; a service only within the caller's scope (admin:all-services: all;
 * otherwise the services it manages); and it changes (activates, deactivates, migrates, edits) only
 * users associated to one of its services who hold no permission it lacks and manage no service
 * it does not manage, so a supervisor cannot deactivate an administrator nor a fellow supervisor
 * of other services; and nobody deactivates themselves. Every path that creates or changes users
 * asks this one function.
 */
export async function grantPolicy(db: Db, caller: { id: number }): Promise<GrantPolicy> {
  const permissions = new Set(await effectivePermissions(db, caller.id));
  const all = permissions.has('admin:all-services');
  const managed = all
    ? 'all'
    : new Set((await db.select({ id: serviceManagers.serviceId }).from(serviceManagers).where(eq(serviceManagers.userId, caller.id))).map((r) => r.id));
  const known = new Set((await db.select({ id: services.id }).from(services)).map((r) => r.id));
  const giveable = (await db.select({ id: profiles.id, permissions: profiles.permissions }).from(profiles)).filter((p) =>
    p.permissions.every((x) => permissions.has(x as Permission)),
  );
  const profileIds = new Set(giveable.map((p) => p.id));
  const groupIds = new Set(
    (await db.select({ id: userGroups.id, permissions: userGroups.permissions }).from(userGroups))
      .filter((g) => g.permissions.every((x) => x.startsWith('module:') || permissions.has(x as Permission)))
      .map((g) => g.id),
  );
  const scope = scopeOf(managed === 'all', managed === 'all' ? [] : [...managed]);
  const mayGiveService = (id: number) => known.has(id) && scope.has(id);

  async function refusals(userIds: readonly number[], options: { deactivate?: boolean } = {}): Promise<Map<number, TargetRefusal>> {
    const ids = [...new Set(userIds)].filter((n) => Number.isInteger(n) && n > 0 && n <= 2_147_483_647);
    const out = new Map<number, TargetRefusal>();
    for (const n of userIds) if (!ids.includes(n)) out.set(n, 'not-found');
    if (ids.length === 0) return out;
    const rows = await queryRows<{ id: number; in_scope: boolean }>(
      db,
      sql`
      select u.id, (${scope.users(sql`u.id`)}) as in_scope from users u where u.id = any(${intArray(ids)}::int[])`,
    );
    const above = await queryRows<{ id: number }>(
      db,
      sql`
      select distinct x.user_id as id from (
        select u.id as user_id, 'profile' as source, unnest(p.permissions) as perm from users u join profiles p on p.id = u.profile_id where u.id = any(${intArray(ids)}::int[])
        union all select tm.user_id, 'team', unnest(t.permissions) from team_members tm join teams t on t.id = tm.team_id where tm.user_id = any(${intArray(ids)}::int[])
        union all select gm.user_id, 'group', unnest(g.permissions) from group_members gm join user_groups g on g.id = gm.group_id where gm.user_id = any(${intArray(ids)}::int[])
      ) x where not (x.perm = any(${textArray(permissions)}::text[]))
        and (x.source = 'profile' or x.perm not like 'module:%')`,
    );
    const holdsMore = new Set(above.map((r) => Number(r.id)));
    // Managers of a service outside the caller's reach: changing them would reach into it.
    const managesMore =
      managed === 'all'
        ? new Set<number>()
        : new Set(
            (
              await queryRows<{ id: number }>(
                db,
                sql`
              select distinct sm.user_id as id from service_managers sm
              where sm.user_id = any(${intArray(ids)}::int[]) and not (sm.service_id = any(${intArray(managed)}::int[]))`,
              )
            ).map((r) => Number(r.id)),
          );
    const found = new Map(rows.map((r) => [Number(r.id), r.in_scope]));
    for (const id of ids) {
      if (!found.has(id)) out.set(id, 'not-found');
      else if (options.deactivate && id === caller.id) out.set(id, 'self');
      else if (!found.get(id)) out.set(id, 'out-of-scope');
      else if (holdsMore.has(id)) out.set(id, 'holds-more');
      else if (managesMore.has(id)) out.set(id, 'manages-more');
    }
    return out;
  }

  return {
    permissions,
    services: managed,
    scope,
    profiles: profileIds,
    groups: groupIds,
    mayGiveService,
    mayGiveProfile: (id) => profileIds.has(id),
    mayGiveGroup: (id) => groupIds.has(id),
    refusals,
  };
}

/** The message key of a refusal (src/i18n/messages.ts). */
export function refusalMessage(refusal: TargetRefusal): 'notFound' | 'outOfScope' | 'holdsMore' | 'managesMore' | 'selfDeactivation' {
  return (
    { 'not-found': 'notFound', 'out-of-scope': 'outOfScope', 'holds-more': 'holdsMore', 'manages-more': 'managesMore', self: 'selfDeactivation' } as const
  )[refusal];
}
