import type { PgBoss } from 'pg-boss';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';
import { ALERT_SWEEP_QUEUE } from '../alerts/types';
import { runSweep } from '../alerts/engine/sweep';
import { now as appNow } from '../server/clock';

/** Every minute: pg-boss's cron is minute-granular; the worker decides whether the interval is due. */
export const ALERT_SWEEP_CRON = '* * * * *';

/** Slack before the interval is due (cron jitter): half the interval, at most 30 s. */
const slackMs = (intervalSec: number) => Math.min(30, intervalSec / 2) * 1000;

/** Whether a sweep is due at `now`: none recorded yet, or the last is at least the interval (less the slack) old. */
export async function sweepDue(db: Db, intervalSec: number, now: Date): Promise<boolean> {
  const [task] = await db.select({ lastRunAt: scheduledTasks.lastRunAt }).from(scheduledTasks).where(eq(scheduledTasks.name, ALERT_SWEEP_QUEUE));
  return !task?.lastRunAt || now.getTime() - task.lastRunAt.getTime() >= intervalSec * 1000 - slackMs(intervalSec);
}

/**
 * Registers the alert sweep: its scheduled task row (source `internal`, the interval), so the
 * scheduler check and /api/health turn red when the alerter stalls; the `alert-sweep` queue with
 * the `stately` policy (at most one sweep waiting and one running across every instance); a cron
 * every minute; and the worker. At ALERT_SWEEP_SECONDS of 60 or more a job sweeps when the
 * interval is due and skips otherwise; below 60 each job also sends the next one, delayed by the
 * interval (the cron restarts that chain if an instance dies holding it). Two sweeps that still
 * meet are safe: each state takes one verdict per half interval, under its row lock.
 */
export async function registerAlertSweep(boss: PgBoss, db: Db, intervalSec: number): Promise<void> {
  await db
    .insert(scheduledTasks)
    .values({ name: ALERT_SWEEP_QUEUE, source: 'internal', automatic: true, intervalSec })
    .onConflictDoUpdate({ target: scheduledTasks.name, set: { source: 'internal', intervalSec, updatedAt: sql`now()` } });
  await boss.createQueue(ALERT_SWEEP_QUEUE, { policy: 'stately' });
  await boss.schedule(ALERT_SWEEP_QUEUE, ALERT_SWEEP_CRON, null, { tz: 'UTC' });
  await boss.work(ALERT_SWEEP_QUEUE, async () => {
    try {
      const now = appNow();
      if (await sweepDue(db, intervalSec, now)) await runSweep(db, now, { boss, intervalSec });
    } finally {
      if (intervalSec < 60) await boss.send(ALERT_SWEEP_QUEUE, {}, { startAfter: intervalSec });
    }
  });
}
