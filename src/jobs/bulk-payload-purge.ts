import type { PgBoss } from 'pg-boss';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';
import { queryRows } from '../db/rows';
import { getBulkKind } from '../bulk/registry';
import { bulkEngineStrings } from '../i18n/bulk-engine';
import { logError } from '../server/log-error';
import { registerScheduledJob } from './scheduled-job';
import '../bulk/kinds';

/** The pg-boss queue (and scheduled task name) of the daily purge of old bulk payloads. */
export const BULK_PAYLOAD_PURGE = 'purge-bulk-payloads';
/** Every day at 03:30 UTC. */
export const BULK_PAYLOAD_PURGE_CRON = '30 3 * * *';
/** Payloads of ended requests are kept this long (they are never read after the end). */
export const ENDED_KEEP_DAYS = 30;
/** A request still open after this long can no longer run (its job expired long ago). */
const STUCK_DAYS = 7;

const stuckError = bulkEngineStrings.l('stuckPurged', { days: STUCK_DAYS });

/**
 * One purge: erases the payloads of requests that ended more than ENDED_KEEP_DAYS ago, and ends as
 * failed (items skipped, payloads erased) every request of a kind whose payloads carry secrets
 * that is still open after STUCK_DAYS, so no password waits forever for a job that will not run.
 * Records the run on its scheduled task. Returns the payloads erased and the requests ended.
 */
export async function runBulkPayloadPurge(db: Db, now = new Date()): Promise<{ erased: number; ended: number }> {
  try {
    const at = sql`${now.toISOString()}::timestamptz`;
    const erased = await queryRows<{ n: number }>(
      db,
      sql`
      with e as (update bulk_items i set payload = null from bulk_requests r
        where r.id = i.request_id and i.payload is not null and r.state in ('done', 'failed', 'cancelled')
          and r.finished_at < ${at} - ${`${ENDED_KEEP_DAYS} days`}::interval returning 1)
      select count(*)::int as n from e`,
    );
    const open = await queryRows<{ id: string; kind: string }>(
      db,
      sql`
      select id, kind from bulk_requests where state in ('waiting', 'running') and created_at < ${at} - ${`${STUCK_DAYS} days`}::interval`,
    );
    let ended = 0;
    for (const r of open) {
      if (!safeKind(r.kind)) continue;
      await db.transaction(async (tx) => {
        const done = await queryRows(
          tx,
          sql`update bulk_requests set state = 'failed', error = ${JSON.stringify(stuckError)}::jsonb, finished_at = ${at}, updated_at = ${at}
          where id = ${r.id} and state in ('waiting', 'running') returning id`,
        );
        if (done.length === 0) return;
        await tx.execute(
          sql`update bulk_items set state = 'skipped', reason = ${JSON.stringify(stuckError)}::jsonb where request_id = ${r.id} and state = 'pending'`,
        );
        await tx.execute(sql`update bulk_items set payload = null where request_id = ${r.id} and payload is not null`);
        ended++;
      });
    }
    await db.update(scheduledTasks).set({ lastRunAt: now, updatedAt: now }).where(eq(scheduledTasks.name, BULK_PAYLOAD_PURGE));
    return { erased: Number(erased[0]?.n ?? 0), ended };
  } catch (e) {
    const s = logError(BULK_PAYLOAD_PURGE, e);
    await db
      .update(scheduledTasks)
      .set({ lastRunAt: now, lastError: `${s.kind}, error ${s.id}`, lastErrorAt: now, updatedAt: now })
      .where(eq(scheduledTasks.name, BULK_PAYLOAD_PURGE));
    throw e;
  }
}

/** True for a registered kind whose payloads carry secrets. */
function safeKind(kind: string): boolean {
  try {
    return getBulkKind(kind).erasePayloadsOnEnd === true;
  } catch {
    return false;
  }
}

/** Registers the daily purge (see `registerScheduledJob`). */
export function registerBulkPayloadPurge(boss: PgBoss, db: Db): Promise<void> {
  return registerScheduledJob(boss, db, { name: BULK_PAYLOAD_PURGE, cron: BULK_PAYLOAD_PURGE_CRON, intervalSec: 86_400, run: () => runBulkPayloadPurge(db) });
}
