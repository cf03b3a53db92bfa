import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { services } from '../db/schema';
import { managedServiceIds, type SessionUser } from '../auth/session';

/** The services a user may act on (every service for admin:all-services), by name. */
export async function servicesInScope(db: Db, user: Pick<SessionUser, 'id' | 'permissions'>): Promise<{ id: number; name: string }[]> {
  const scope = await managedServiceIds(db, user);
  if (scope !== 'all' && scope.length === 0) return [];
  return db
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(scope === 'all' ? undefined : inArray(services.id, scope))
    .orderBy(asc(services.name));
}

/** True when the user may act on `serviceId`: the one predicate every bulk query of a service goes through. */
export async function serviceInScope(db: Db, user: Pick<SessionUser, 'id' | 'permissions'>, serviceId: number): Promise<boolean> {
  const scope = await managedServiceIds(db, user);
  return scope === 'all' || scope.includes(serviceId);
}
