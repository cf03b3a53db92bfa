import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { organization, userServiceHistory, userServiceLinks, users } from '@/db/schema';
import { migrationStrings } from '@/i18n/user-migration';
import { registerBulkKind } from '../registry';
import { nextDayIn } from './next-day';

/** One user to migrate, as stored in bulk_items.payload. */
const migrationItem = z.object({
  /** The user to move. */
  userId: z.number().int().positive(),
  /** Origin service (where the user is now). */
  fromServiceId: z.number().int().positive(),
  /** Destination service. */
  toServiceId: z.number().int().positive(),
  /** permanent: the link moves; temporary: returns at the start of the next day (organization time zone). */
  mode: z.enum(['permanent', 'temporary']),
  /** Who asked (for the history). */
  byUserId: z.number().int().positive(),
});
export type MigrationItem = z.infer<typeof migrationItem>;

/**
 * User migration, item by item: each user's link change, its history row and its `applied` mark
 * commit together, so a resumed job never moves or records anyone twice. Users already in the
 * destination or inactive are skipped with the reason; the rest proceed.
 */
export const userMigrationKind = registerBulkKind<MigrationItem>({
  kind: 'user-migration',
  permission: 'manage:user-migration',
  payload: migrationItem,
  async apply(tx, ctx, p) {
    const [u] = await tx.select({ active: users.active }).from(users).where(eq(users.id, p.userId));
    if (!u) return { state: 'failed', reason: migrationStrings.l('unknownUser') };
    if (!u.active) return { state: 'skipped', reason: migrationStrings.l('inactive') };
    const link = (serviceId: number) => and(eq(userServiceLinks.userId, p.userId), eq(userServiceLinks.serviceId, serviceId));
    if ((await tx.select().from(userServiceLinks).where(link(p.toServiceId))).length) return { state: 'skipped', reason: migrationStrings.l('alreadyThere') };
    const left = await tx.delete(userServiceLinks).where(link(p.fromServiceId)).returning();
    if (left.length === 0) return { state: 'failed', reason: migrationStrings.l('notInOrigin') };
    let revertOn: string | null = null;
    if (p.mode === 'temporary') {
      const [org] = await tx.select({ tz: organization.timeZone }).from(organization);
      revertOn = nextDayIn(ctx.now(), org?.tz ?? 'America/Sao_Paulo');
    }
    await tx.insert(userServiceLinks).values({
      userId: p.userId,
      serviceId: p.toServiceId,
      kind: p.mode,
      originServiceId: p.mode === 'temporary' ? p.fromServiceId : null,
      revertOn,
    });
    await tx.insert(userServiceHistory).values({
      userId: p.userId,
      fromServiceId: p.fromServiceId,
      toServiceId: p.toServiceId,
      event: `migration-${p.mode}`,
      byUserId: p.byUserId,
      requestId: ctx.request.id,
      at: ctx.now(),
    });
    return { state: 'applied' };
  },
});
