import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { startJobs, type Jobs } from '@/jobs/boss';
import { sweepDue } from '@/jobs/alert-sweep';
import { ALERT_SWEEP_QUEUE } from '@/alerts/types';
import { queryRows } from '@/db/rows';
import { getTestDb } from '../helpers/db';

/**
 * The alert sweep as pg-boss runs it: registered by startJobs (its scheduled task, a stately
 * queue, a per-minute cron), a job sweeps and, below 60 s, sends the next one delayed by the interval.
 */
let h: DbHandle;
let jobs: Jobs;

beforeAll(async () => {
  h = await getTestDb();
  jobs = await startJobs(h, { alertSweepSeconds: 5 });
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

const task = async () => (await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, ALERT_SWEEP_QUEUE)))[0];

async function until<T>(what: () => Promise<T | undefined | null | false>, limitMs = 45_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const v = await what();
    if (v) return v;
    if (Date.now() > end) throw new Error('waited too long');
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('registered: an internal scheduled task with the interval, a stately queue, a per-minute schedule', async () => {
  expect(await task()).toMatchObject({ source: 'internal', automatic: true, intervalSec: 5, lastRunAt: null });
  const [queue] = await queryRows<{ policy: string }>(h.db, sql`select policy from pgboss.queue where name = ${ALERT_SWEEP_QUEUE}`);
  expect(queue.policy).toBe('stately');
  const [schedule] = await queryRows<{ cron: string }>(h.db, sql`select cron from pgboss.schedule where name = ${ALERT_SWEEP_QUEUE}`);
  expect(schedule.cron).toBe('* * * * *');
});

test('a job sweeps (heartbeat recorded), then the next one follows by itself after the interval', async () => {
  await jobs.boss.send(ALERT_SWEEP_QUEUE, {});
  const first = await until(async () => (await task()).lastRunAt);
  const runs = await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from check_runs where run_by is null`);
  expect(runs[0].n).toBeGreaterThanOrEqual(3);
  const second = await until(async () => {
    const at = (await task()).lastRunAt;
    return at && at.getTime() > first.getTime() ? at : null;
  });
  expect(second.getTime() - first.getTime()).toBeGreaterThanOrEqual(2_500); // not before the interval less its slack
});

test('due: never swept, or the interval (less its slack) has passed', async () => {
  const last = (await task()).lastRunAt!;
  expect(await sweepDue(h.db, 5, new Date(last.getTime() + 1_000))).toBe(false);
  expect(await sweepDue(h.db, 5, new Date(last.getTime() + 2_500))).toBe(true);
  expect(await sweepDue(h.db, 60, new Date(last.getTime() + 29_000))).toBe(false);
  expect(await sweepDue(h.db, 300, new Date(last.getTime() + 240_000))).toBe(false);
  expect(await sweepDue(h.db, 300, new Date(last.getTime() + 270_000))).toBe(true);
});
