import type { PgBoss } from 'pg-boss';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';
import { purgeExpiredSessions } from '../auth/session';
import { purgeIdleCounters } from '../auth/throttle';
import { logError } from '../server/log-error';

/** The pg-boss queue (and scheduled task name) of the hourly purge of expired sign-in sessions. */
export const SESSION_PURGE = 'purge-expired-sessions';
/** Every hour, on the hour. */
export const SESSION_PURGE_CRON = '0 * * * *';

/** Runs one purge (expired sessions, idle sign-in counters) and records it on the scheduled task (last run, or last error). */
export async function runSessionPurge(db: Db, now = new Date()): Promise<number> {
  try {
    const n = await purgeExpiredSessions(db, now);
    // Sign-in counters that would start over anyway go too (src/auth/throttle.ts).
    await purgeIdleCounters(db, now);
    await db.update(scheduledTasks).set({ lastRunAt: now, updatedAt: now }).where(eq(scheduledTasks.name, SESSION_PURGE));
    return n;
  } catch (e) {
    const s = logError(SESSION_PURGE, e);
    const message = `${s.kind}, error ${s.id}`;
    await db
      .update(scheduledTasks)
      .set({ lastRunAt: now, lastError: message.slice(0, 500), lastErrorAt: now, updatedAt: now })
      .where(eq(scheduledTasks.name, SESSION_PURGE));
    throw e;
  }
}

/**
 * Registers the hourly purge: the scheduled task row the scheduler-status check reads, the pg-boss
 * queue, its cron schedule and the worker. Safe to call from every instance (pg-boss runs each
 * scheduled job once).
 */
export async function registerSessionPurge(boss: PgBoss, db: Db): Promise<void> {
  await db
    .insert(scheduledTasks)
    .values({ name: SESSION_PURGE, source: 'internal', automatic: true, intervalSec: 3600 })
    .onConflictDoUpdate({ target: scheduledTasks.name, set: { source: 'internal', intervalSec: 3600, updatedAt: sql`now()` } });
  await boss.createQueue(SESSION_PURGE);
  await boss.schedule(SESSION_PURGE, SESSION_PURGE_CRON, null, { tz: 'UTC' });
  await boss.work(SESSION_PURGE, async () => {
    await runSessionPurge(db);
  });
}
