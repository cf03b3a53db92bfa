import type { PgBoss } from 'pg-boss';
import type { Db } from '../db/client';
import { purgeExpiredSessions } from '../auth/session';
import { purgeIdleCounters } from '../auth/throttle';
import { recordRun, registerScheduledJob } from './scheduled-job';

/** The pg-boss queue (and scheduled task name) of the hourly purge of expired sign-in sessions. */
export const SESSION_PURGE = 'purge-expired-sessions';
/** Every hour, on the hour. */
export const SESSION_PURGE_CRON = '0 * * * *';

/** Runs one purge (expired sessions, idle sign-in counters) and records it on the scheduled task (last run, or last error). */
export function runSessionPurge(db: Db, now = new Date()): Promise<number> {
  return recordRun(db, SESSION_PURGE, now, async () => {
    const n = await purgeExpiredSessions(db, now);
    // Sign-in counters that would start over anyway go too (src/auth/throttle.ts).
    await purgeIdleCounters(db, now);
    return n;
  });
}

/** Registers the hourly purge (see `registerScheduledJob`). */
export function registerSessionPurge(boss: PgBoss, db: Db): Promise<void> {
  return registerScheduledJob(boss, db, { name: SESSION_PURGE, cron: SESSION_PURGE_CRON, intervalSec: 3600, run: () => runSessionPurge(db) });
}
