import type { PgBoss } from 'pg-boss';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';
import { logError } from '../server/log-error';

/**
 * Runs one of our own scheduled jobs and records it on its scheduled task: the last run, or the
 * last error by class and id (logged with that id; its message, which may hold SQL, is not stored).
 * The error is rethrown so pg-boss sees the job fail.
 */
export async function recordRun<T>(db: Db, name: string, now: Date, work: () => Promise<T>): Promise<T> {
  try {
    const out = await work();
    await db.update(scheduledTasks).set({ lastRunAt: now, updatedAt: now }).where(eq(scheduledTasks.name, name));
    return out;
  } catch (e) {
    const s = logError(name, e);
    await db
      .update(scheduledTasks)
      .set({ lastRunAt: now, lastError: `${s.kind}, error ${s.id}`.slice(0, 500), lastErrorAt: now, updatedAt: now })
      .where(eq(scheduledTasks.name, name));
    throw e;
  }
}

/**
 * Registers one of our own cron jobs: the scheduled task row the scheduler-status check reads
 * (internal, its interval), the pg-boss queue, its schedule (UTC) and the worker. Safe to call from
 * every instance (pg-boss runs each scheduled job once).
 */
export async function registerScheduledJob(
  boss: PgBoss,
  db: Db,
  job: { name: string; cron: string; intervalSec: number; run: () => Promise<unknown> },
): Promise<void> {
  await db
    .insert(scheduledTasks)
    .values({ name: job.name, source: 'internal', automatic: true, intervalSec: job.intervalSec })
    .onConflictDoUpdate({ target: scheduledTasks.name, set: { source: 'internal', intervalSec: job.intervalSec, updatedAt: sql`now()` } });
  await boss.createQueue(job.name);
  await boss.schedule(job.name, job.cron, null, { tz: 'UTC' });
  await boss.work(job.name, async () => {
    await job.run();
  });
}
