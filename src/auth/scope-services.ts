import { asc } from 'drizzle-orm';
import type { Db } from '../db/client';
import { services } from '../db/schema';
import type { Scope } from './scope';

/** The services in `scope`, by name: what a form offers to pick (every one for admins). */
export function scopeServices(db: Db, scope: Scope): Promise<{ id: number; name: string }[]> {
  return db.select({ id: services.id, name: services.name }).from(services).where(scope.services(services.id)).orderBy(asc(services.name));
}
