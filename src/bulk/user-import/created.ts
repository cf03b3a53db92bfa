import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { bulkItems, profiles, services, userServiceLinks, users } from '@/db/schema';
import { profileLabel } from '@/i18n/profiles';
import type { Lang } from '@/i18n/ui';
import { seatRoom } from './context';

/**
 * The users an import created (its applied items, by e-mail, in file order), each with the
 * profile (built-in names translated) and the service it joined, and the license pool now: the
 * same figures the license-count check reads (active users in at least one group).
 */
export async function createdUsers(db: Db, requestId: string, lang: Lang, limit: number) {
  const applied = and(eq(bulkItems.requestId, requestId), eq(bulkItems.state, 'applied'));
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, profile: profiles.name, serviceId: services.id, service: services.name })
    .from(bulkItems)
    .innerJoin(users, eq(sql`lower(${users.email})`, sql`lower(${bulkItems.label})`))
    .leftJoin(profiles, eq(profiles.id, users.profileId))
    .leftJoin(userServiceLinks, eq(userServiceLinks.userId, users.id))
    .leftJoin(services, eq(services.id, userServiceLinks.serviceId))
    .where(applied)
    .orderBy(asc(bulkItems.seq), asc(services.id))
    .limit(limit);
  const [{ n }] = await db.select({ n: count() }).from(bulkItems).where(applied);
  return {
    users: rows.map((r) => ({ ...r, profile: r.profile ? profileLabel(lang, r.profile) : '' })),
    total: Number(n),
    seats: await seatRoom(db),
  };
}

/** What GET /api/bulk/user-import/created answers. */
export type CreatedUsers = Awaited<ReturnType<typeof createdUsers>>;
