import { and, eq, sql } from 'drizzle-orm';
import { scopeOf, type Scope } from '../auth/scope';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { escalations, serviceManagers, users } from '../db/schema';
import { coveredBy } from './visibility';

export interface Assignee {
  id: number;
  name: string;
}

/** SQL over users: holds admin:all-services through its profile, a team or a group (as effectivePermissions reads it). */
const holdsAllServices = sql`(
  exists (select 1 from profiles asg_p where asg_p.id = ${users.profileId} and 'admin:all-services' = any(asg_p.permissions))
  or exists (select 1 from team_members asg_tm join teams asg_t on asg_t.id = asg_tm.team_id
             where asg_tm.user_id = ${users.id} and 'admin:all-services' = any(asg_t.permissions))
  or exists (select 1 from group_members asg_gm join user_groups asg_g on asg_g.id = asg_gm.group_id
             where asg_gm.user_id = ${users.id} and 'admin:all-services' = any(asg_g.permissions)))`;

/**
 * Whom escalation `id` may be passed to by `viewer` (whose scope is `scope`): the active users who
 * would manage it (admin:all-services, or a supervisor whose services cover it, as
 * `visibleEscalation` decides for each of them), cut to the people the viewer's own scope reaches
 * (a supervisor never learns of users outside its services), the viewer always included. By name.
 * The record page offers this list; `changeStatus` refuses any other assignee.
 */
export async function assigneesFor(db: Db, id: string, viewer: Pick<SessionUser, 'id'>, scope: Scope): Promise<Assignee[]> {
  const reach = scope.all ? sql`true` : sql`(${users.id} = ${viewer.id} or ${scope.users(users.id)})`;
  const admins = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), holdsAllServices, reach));
  const managed = await db
    .select({ id: users.id, name: users.name, serviceIds: sql<number[]>`array_agg(${serviceManagers.serviceId})` })
    .from(serviceManagers)
    .innerJoin(users, eq(users.id, serviceManagers.userId))
    .where(and(eq(users.active, true), sql`not ${holdsAllServices}`, reach))
    .groupBy(users.id, users.name);
  const covering = await Promise.all(
    managed.map(async (m) => {
      const [hit] = await db
        .select({ id: escalations.id })
        .from(escalations)
        .where(and(eq(escalations.id, id), coveredBy(scopeOf(false, m.serviceIds.map(Number)))))
        .limit(1);
      return hit ? [{ id: m.id, name: m.name }] : [];
    }),
  );
  return [...admins, ...covering.flat()].sort((a, b) => a.name.localeCompare(b.name, 'pt-BR') || a.id - b.id);
}
