import type { PgBoss } from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { recordRun, registerScheduledJob } from './scheduled-job';

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
export function runCheckRunsPurge(db: Db, now = new Date()): Promise<number> {
  return recordRun(db, CHECK_RUNS_PURGE, now, () => purgeCheckRuns(db, now));
}

/** Registers the daily purge of check runs older than 30 days (see `registerScheduledJob`). */
export function registerCheckRunsPurge(boss: PgBoss, db: Db): Promise<void> {
  return registerScheduledJob(boss, db, { name: CHECK_RUNS_PURGE, cron: CHECK_RUNS_PURGE_CRON, intervalSec: 86_400, run: () => runCheckRunsPurge(db) });
}
