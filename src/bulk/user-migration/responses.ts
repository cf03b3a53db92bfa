import { alias } from 'drizzle-orm/pg-core';
import { desc, eq, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { services, userServiceHistory, users } from '@/db/schema';
import type { Lang } from '@/i18n/ui';
import type { PlannedUser } from './plan';

/** The preview as JSON: who would move, and each problem (names and e-mails only of users in `visible`). */
export function migrationPreviewJson(plan: PlannedUser[], visible: Set<number>, lang: Lang, limit = 500) {
  const problems = plan.filter((p) => p.problem);
  return {
    willMove: plan.length - problems.length,
    problemCount: problems.length,
    problems: problems
      .slice(0, limit)
      .map((p) => ({ userId: p.userId, name: visible.has(p.userId) ? p.name : '', email: visible.has(p.userId) ? p.email : '', problem: p.problem![lang] })),
  };
}
/** What POST /api/bulk/user-migration/preview answers. */
export type MigrationPreview = ReturnType<typeof migrationPreviewJson>;

/** Recent migrations and returns touching a service (as origin or destination), newest first. */
export async function migrationHistory(db: Db, serviceId: number, limit: number) {
  const from = alias(services, 'from_service');
  const to = alias(services, 'to_service');
  return db
    .select({
      at: userServiceHistory.at,
      event: userServiceHistory.event,
      userId: users.id,
      name: users.name,
      email: users.email,
      from: from.name,
      to: to.name,
    })
    .from(userServiceHistory)
    .innerJoin(users, eq(users.id, userServiceHistory.userId))
    .leftJoin(from, eq(from.id, userServiceHistory.fromServiceId))
    .leftJoin(to, eq(to.id, userServiceHistory.toServiceId))
    .where(or(eq(userServiceHistory.fromServiceId, serviceId), eq(userServiceHistory.toServiceId, serviceId)))
    .orderBy(desc(userServiceHistory.id))
    .limit(limit);
}
/** What GET /api/bulk/user-migration/history answers. */
export type MigrationHistory = { events: Awaited<ReturnType<typeof migrationHistory>>; timeZone: string };
