import type { PgBoss } from 'pg-boss';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';
import { purgeSearchQueries } from '../search/insights/purge';
import { registerScheduledJob } from './scheduled-job';

/** The pg-boss queue (and scheduled task name) of the daily purge of old search insights. */
export const SEARCH_PURGE = 'purge-search-queries';
/** Every day at 03:17 UTC. */
export const SEARCH_PURGE_CRON = '17 3 * * *';

/** Runs one purge and records it on the scheduled task (last run, or last error). */
export async function runSearchPurge(db: Db, now = new Date()): Promise<number> {
  try {
    const n = await purgeSearchQueries(db, now);
    await db.update(scheduledTasks).set({ lastRunAt: now, updatedAt: now }).where(eq(scheduledTasks.name, SEARCH_PURGE));
    return n;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db
      .update(scheduledTasks)
      .set({ lastRunAt: now, lastError: message.slice(0, 500), lastErrorAt: now, updatedAt: now })
      .where(eq(scheduledTasks.name, SEARCH_PURGE));
    throw e;
  }
}

/** Registers the daily purge (see `registerScheduledJob`). */
export function registerSearchPurge(boss: PgBoss, db: Db): Promise<void> {
  return registerScheduledJob(boss, db, { name: SEARCH_PURGE, cron: SEARCH_PURGE_CRON, intervalSec: 86_400, run: () => runSearchPurge(db) });
}
