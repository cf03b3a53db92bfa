import type { PgBoss } from 'pg-boss';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';
import { purgeSearchQueries } from '../search/insights/purge';

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

/**
 * Registers the daily purge of search insights older than 90 days: the scheduled task row the
 * scheduler-status check reads, the pg-boss queue, its cron schedule and the worker. Safe to call
 * from every instance (pg-boss runs each scheduled job once).
 */
export async function registerSearchPurge(boss: PgBoss, db: Db): Promise<void> {
  await db
    .insert(scheduledTasks)
    .values({ name: SEARCH_PURGE, source: 'internal', automatic: true, intervalSec: 86_400 })
    .onConflictDoUpdate({ target: scheduledTasks.name, set: { source: 'internal', intervalSec: 86_400, updatedAt: sql`now()` } });
  await boss.createQueue(SEARCH_PURGE);
  await boss.schedule(SEARCH_PURGE, SEARCH_PURGE_CRON, null, { tz: 'UTC' });
  await boss.work(SEARCH_PURGE, async () => {
    await runSearchPurge(db);
  });
}
