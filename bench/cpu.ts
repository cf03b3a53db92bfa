import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { queryRows } from '../src/db/rows';

/** Clock ticks per second of /proc/<pid>/stat (Linux: 100 on every common build). */
const TICKS = 100;

/**
 * CPU seconds spent so far by this process and by every server backend of the current database
 * (user + system, from /proc/<pid>/stat: the server must run on this machine). Under load, wall
 * time measures the queue for the CPU as much as the work; CPU time measures the work.
 */
export async function cpuSeconds(db: Db): Promise<number> {
  const pids = await queryRows<{ pid: number }>(db, sql`select pid from pg_stat_activity where datname = current_database()`);
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A backend that ended between the query and the read: its time is lost on both ends alike.
    }
  }
  const own = process.cpuUsage();
  return ticks / TICKS + (own.user + own.system) / 1e6;
}

/** Wall and CPU seconds taken by `fn` (CPU: this process plus the database's backends). */
export async function timedCpu(db: Db, fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const c0 = await cpuSeconds(db);
  const t = performance.now();
  await fn();
  const wall = (performance.now() - t) / 1000;
  return { wall, cpu: (await cpuSeconds(db)) - c0 };
}
