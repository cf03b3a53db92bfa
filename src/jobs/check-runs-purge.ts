import type { PgBoss } from 'pg-boss';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';
import { queryRows } from '../db/rows';

/** The pg-boss queue (and scheduled task name) of the daily purge of old check runs. */
export const CHECK_RUNS_PURGE = 'purge-check-runs';
/** Every day at 03:37 UTC. */
export const CHECK_RUNS_PURGE_CRON = '37 3 * * *';
/** Runs older than this many days are removed (unless kept, see `purgeCheckRuns`). */
export const CHECK_RUN_RETENTION_DAYS = 30;
/** Rows deleted per statement, so one purge never holds a long lock or a huge transaction. */
const BATCH = 5_000;

/**
 * Deletes the check runs older than the retention, in batches, and returns how many. The alert sweep
 * stores every check's run each minute, so without this the history grows without bound. Kept whatever
 * their age: a run attached to an escalation (the record shows it), the run an alert state points at,
 * and the latest run of each check and input (the dashboard's and /metrics' "latest result" of a
 * record that has not been checked for a month stays visible, with its age).
 */
export async function purgeCheckRuns(db: Db, now = new Date(), retentionDays = CHECK_RUN_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  let total = 0;
  for (;;) {
    const rows = await queryRows<{ n: string | number }>(
      db,
      sql`with doomed as (
            select c.id from check_runs c
            where c.at < ${cutoff}::timestamptz
              and not exists (select 1 from escalation_runs e where e.check_run_id = c.id or e.rerun_of = c.id)
              and not exists (select 1 from alert_states s where s.last_run_id = c.id)
              and exists (
                select 1 from check_runs n
                where n.check_id = c.check_id and md5(n.input::text) = md5(c.input::text) and n.at > c.at)
            limit ${BATCH}),
          gone as (delete from check_runs where id in (select id from doomed) returning 1)
          select count(*) as n from gone`,
    );
    const n = Number(rows[0]?.n ?? 0);
    total += n;
    if (n < BATCH) return total;
  }
}

/** Runs one purge and records it on the scheduled task (last run, or last error). */
export async function runCheckRunsPurge(db: Db, now = new Date()): Promise<number> {
  try {
    const n = await purgeCheckRuns(db, now);
    await db.update(scheduledTasks).set({ lastRunAt: now, updatedAt: now }).where(eq(scheduledTasks.name, CHECK_RUNS_PURGE));
    return n;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db
      .update(scheduledTasks)
      .set({ lastRunAt: now, lastError: message.slice(0, 500), lastErrorAt: now, updatedAt: now })
      .where(eq(scheduledTasks.name, CHECK_RUNS_PURGE));
    throw e;
  }
}

/**
 * Registers the daily purge of check runs older than 30 days: the scheduled task row the
 * scheduler-status check reads, the pg-boss queue, its cron schedule and the worker. Safe to call
 * from every instance (pg-boss runs each scheduled job once).
 */
export async function registerCheckRunsPurge(boss: PgBoss, db: Db): Promise<void> {
  await db
    .insert(scheduledTasks)
    .values({ name: CHECK_RUNS_PURGE, source: 'internal', automatic: true, intervalSec: 86_400 })
    .onConflictDoUpdate({ target: scheduledTasks.name, set: { source: 'internal', intervalSec: 86_400, updatedAt: sql`now()` } });
  await boss.createQueue(CHECK_RUNS_PURGE);
  await boss.schedule(CHECK_RUNS_PURGE, CHECK_RUNS_PURGE_CRON, null, { tz: 'UTC' });
  await boss.work(CHECK_RUNS_PURGE, async () => {
    await runCheckRunsPurge(db);
  });
}
