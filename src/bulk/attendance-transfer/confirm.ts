import { and, eq, inArray } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '@/db/client';
import { attendances, type BulkRequest } from '@/db/schema';
import type { Lang } from '@/i18n/ui';
import { createBulkRequest } from '../requests';
import { ATTENDANCE_TRANSFER } from './kind';
import type { ConfirmBody } from './schemas';

/** Ids among `ids` that are not attendances of `serviceId` (the confirm refuses them). */
export async function notInService(db: Db, serviceId: number, ids: number[]): Promise<number[]> {
  const rows = await db
    .select({ id: attendances.id })
    .from(attendances)
    .where(and(inArray(attendances.id, ids), eq(attendances.serviceId, serviceId)));
  const inside = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !inside.has(id));
}

/**
 * Confirms a transfer: one item per attendance (payload: attendance, agent seen at preview,
 * target) and the job. The caller has checked the permission, the scope and `notInService`.
 */
export async function requestTransfer(db: Db, boss: PgBoss | undefined, req: { userId: number; lang: Lang; body: ConfirmBody }): Promise<BulkRequest> {
  const { serviceId, targetAgentId, items } = req.body;
  const unique = [...new Map(items.map((i) => [i.attendanceId, i])).values()];
  const labels = new Map(
    (
      await db
        .select({ id: attendances.id, protocol: attendances.protocol })
        .from(attendances)
        .where(
          inArray(
            attendances.id,
            unique.map((i) => i.attendanceId),
          ),
        )
    ).map((r) => [r.id, r.protocol]),
  );
  return createBulkRequest(db, boss, {
    kind: ATTENDANCE_TRANSFER,
    serviceId,
    requestedBy: req.userId,
    input: { serviceId, targetAgentId, count: unique.length },
    lang: req.lang,
    items: unique.map((i) => ({
      key: String(i.attendanceId),
      label: labels.get(i.attendanceId) ?? String(i.attendanceId),
      payload: { ...i, toAgentId: targetAgentId },
    })),
  });
}
