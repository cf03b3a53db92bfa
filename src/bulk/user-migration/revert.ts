import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { organization, userServiceHistory, userServiceLinks } from '@/db/schema';
import { audit } from '@/audit/record';
import { queryRows } from '@/db/rows';
import { dateIn } from './next-day';

export interface RevertResult {
  /** The organization's date used as "today". */
  today: string;
  returned: { userId: number; fromServiceId: number; toServiceId: number; revertOn: string }[];
}

/**
 * Returns every temporary migration due by `now` (revert date ≤ today in the organization's time
 * zone) to its origin service. Each return is one transaction that locks the temporary link, so
 * running it twice, or on two instances at once, returns nobody twice. Catches up on any number
 * of missed midnights. Writes one history row per user and one audit record per run that did
 * something.
 */
export async function revertDueMigrations(db: Db, now: Date): Promise<RevertResult> {
  const [org] = await db.select({ tz: organization.timeZone }).from(organization);
  const today = dateIn(now, org?.tz ?? 'America/Sao_Paulo');
  const due = await db
    .select({ userId: userServiceLinks.userId, serviceId: userServiceLinks.serviceId })
    .from(userServiceLinks)
    .where(and(eq(userServiceLinks.kind, 'temporary'), lte(userServiceLinks.revertOn, today)));
  const returned: RevertResult['returned'] = [];
  for (const d of due) {
    const r = await db.transaction(async (tx) => {
      const [link] = await queryRows<{ origin: number | null; revert_on: string }>(
        tx,
        sql`select origin_service_id as origin, revert_on::text as revert_on from ${userServiceLinks}
            where user_id = ${d.userId} and service_id = ${d.serviceId} and kind = 'temporary' and revert_on <= ${today}::date for update`,
      );
      if (!link) return undefined;
      await tx.delete(userServiceLinks).where(and(eq(userServiceLinks.userId, d.userId), eq(userServiceLinks.serviceId, d.serviceId)));
      if (link.origin != null) await tx.insert(userServiceLinks).values({ userId: d.userId, serviceId: link.origin, kind: 'permanent' }).onConflictDoNothing();
      await tx.insert(userServiceHistory).values({
        userId: d.userId,
        fromServiceId: d.serviceId,
        toServiceId: link.origin,
        event: 'return',
        requestId: `return:${d.userId}:${d.serviceId}:${link.revert_on}`,
        at: now,
      });
      return { userId: d.userId, fromServiceId: d.serviceId, toServiceId: link.origin ?? 0, revertOn: link.revert_on };
    });
    if (r) returned.push(r);
  }
  if (returned.length) {
    await audit(db, { action: 'bulk.user-migration.return', target: `date:${today}`, outcome: 'ok', details: { today, returned } });
  }
  return { today, returned };
}
