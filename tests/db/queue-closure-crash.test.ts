import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { bulkRequests, serviceManagers, services, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { requestClosure } from '@/bulk/queue-closure/request-closure';
import { startJobs, type Jobs } from '@/jobs/boss';
import { queryRows } from '@/db/rows';
import { waitFor, workerProcesses } from './fixtures/crash-harness';

/**
 * Crash safety of the mass closure on a real PostgreSQL: app instances are separate processes
 * (tests/db/fixtures/bulk-worker.ts, the server's job runtime without HTTP) killed with SIGKILL.
 * PGlite has one owner process, so these tests need TEST_DATABASE_URL.
 */
const url = process.env.TEST_DATABASE_URL;
const reason = 'needs a real PostgreSQL: set TEST_DATABASE_URL (PGlite cannot be shared by two processes)';

let h: DbHandle & { url?: string };
let jobs: Jobs;
let supervisorId: number;
let serviceA: number;
let serviceB: number;

const workers = workerProcesses(() => h?.url);
const startWorker = () => workers.start();

async function queue(serviceId: number, n: number, tag: string) {
  await h.db.execute(sql`insert into attendances (protocol, channel, service_id, status, customer_name)
    select ${tag} || '-' || i, 'chat', ${serviceId}, 'queued', 'Cliente ' || i from generate_series(1, ${n}::int) i`);
}

const row = async (id: string) => (await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, id)))[0];

/**
 * Per request, from what it wrote (a closure keeps no items): its finished events, the distinct
 * attendances they name, those of them finished with the batch tabulation, and the attendances of
 * its range (service, id up to upToId) still queued; and any attendance with two finished events.
 */
async function counts(requestId: string) {
  // Fresh statistics first: the planner otherwise takes the bulk-filled tables for the nearly empty
  // ones they were at the last ANALYZE and may pick a nested loop that rescans one per attendance.
  await h.db.execute(sql`analyze attendances, interaction_events`);
  const [c] = await queryRows<{ events: number; distinct_att: number; finished: number; left_queued: number }>(
    h.db,
    sql`
    select (select count(*)::int from interaction_events where request_id = ${requestId} and type = 'finished') as events,
           (select count(distinct attendance_id)::int from interaction_events where request_id = ${requestId}) as distinct_att,
           (select count(*)::int from attendances a join tabulations t on t.id = a.tabulation_id and t.code = 'batch-finalized'
              where a.status = 'finished' and a.id in (select attendance_id from interaction_events where request_id = ${requestId})) as finished,
           (select count(*)::int from attendances a join bulk_requests r on r.id = ${requestId}
              where a.service_id = r.service_id and a.status = 'queued' and a.id <= (r.input->>'upToId')::bigint) as left_queued`,
  );
  const [dup] = await queryRows<{ n: number }>(
    h.db,
    sql`select count(*)::int as n from (select attendance_id from interaction_events where type = 'finished' group by 1 having count(*) > 1) d`,
  );
  return { ...c, duplicates: dup.n };
}

beforeAll(async () => {
  if (!url) return;
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  supervisorId = (await h.db.select().from(users).where(eq(users.email, 'supervisor@demo.local')))[0].id;
  serviceA = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisorId)))[0].serviceId;
  serviceB = (await h.db.select().from(services)).find((s) => s.id !== serviceA)!.id;
  jobs = await startJobs(h); // only sends jobs: this process runs no worker
});
afterAll(async () => {
  workers.stopAll();
  await jobs?.stop();
  await h?.close();
});

describe.skipIf(!url)(`mass closure crash safety (${url ? 'PostgreSQL' : reason})`, () => {
  test('a closure killed with SIGKILL mid-run finishes after a restart: none closed twice, none missed, one event each', async () => {
    await queue(serviceA, 40_000, 'crash');
    const first = await startWorker();
    const req = await requestClosure(h.db, jobs.boss, { userId: supervisorId, lang: 'en', input: { serviceId: serviceA, tabulate: true } });
    expect(req.total).toBe(40_000);
    const mid = await waitFor(
      'the closure to be under way',
      async () => {
        const r = await row(req.id);
        return r.processed >= 2000 && r;
      },
      60_000,
      10,
    );
    await workers.kill(first);
    const atKill = await row(req.id);
    expect(atKill.state).toBe('running');
    expect(atKill.processed).toBeLessThan(atKill.total);
    expect(mid.processed).toBeGreaterThan(0);
    const partial = await counts(req.id);
    // Whatever committed before the kill is complete: the request's progress, attendances and events agree.
    expect(partial.events).toBe(atKill.processed);
    expect(partial.distinct_att).toBe(partial.events);
    expect(partial.finished).toBe(partial.events);
    expect(partial.left_queued).toBe(40_000 - partial.events);
    // Start the app again: pg-boss notices the dead worker's missing heartbeat and retries the job.
    await startWorker();
    const end = await waitFor(
      'the closure to finish after the restart',
      async () => {
        const r = await row(req.id);
        return r.state === 'done' && r;
      },
      200_000,
      500,
    );
    expect(end).toMatchObject({ processed: 40_000, failed: 0 });
    const c = await counts(req.id);
    expect(c).toEqual({ events: 40_000, distinct_att: 40_000, finished: 40_000, left_queued: 0, duplicates: 0 });
    const [audits] = await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from audit_records where target = ${'bulk-request:' + req.id}`);
    expect(audits.n).toBe(1);
  }, 300_000);

  test('two app instances on one PostgreSQL never run the same request twice nor two of one service at once', async () => {
    const printedBefore = workers.mark();
    while (workers.alive() < 2) await startWorker();
    await queue(serviceA, 6000, 'twin-a1');
    const a1 = await requestClosure(h.db, jobs.boss, { userId: supervisorId, lang: 'en', input: { serviceId: serviceA, tabulate: true } });
    await queue(serviceA, 3000, 'twin-a2');
    const a2 = await requestClosure(h.db, jobs.boss, { userId: supervisorId, lang: 'en', input: { serviceId: serviceA, tabulate: true } });
    await queue(serviceB, 5000, 'twin-b');
    const b = await requestClosure(h.db, jobs.boss, { userId: supervisorId, lang: 'en', input: { serviceId: serviceB, tabulate: true } });
    // Sample the running requests while they work: never two of one service.
    let maxSameService = 0;
    await waitFor(
      'the three closures to finish',
      async () => {
        const running = await queryRows<{ service_id: number; n: number }>(
          h.db,
          sql`select service_id, count(*)::int as n from bulk_requests where state = 'running' group by 1`,
        );
        for (const r of running) maxSameService = Math.max(maxSameService, r.n);
        const states = await Promise.all([a1, a2, b].map(async (r) => (await row(r.id)).state));
        return states.every((s) => s === 'done');
      },
      200_000,
      50,
    );
    expect(maxSameService).toBeLessThanOrEqual(1);
    // a2's range holds a1's 6,000 (still queued then) plus 3,000 more: whichever ran first closed
    // the shared ones; the other reports them as no longer queued. Each closed exactly once.
    expect(a1.total).toBe(6000);
    expect(a2.total).toBe(9000);
    const ca1 = await counts(a1.id);
    const ca2 = await counts(a2.id);
    const cb = await counts(b.id);
    for (const c of [ca1, ca2, cb]) expect(c).toEqual({ events: c.events, distinct_att: c.events, finished: c.events, left_queued: 0, duplicates: 0 });
    expect(ca1.events + ca2.events).toBe(9000);
    expect(cb.events).toBe(5000);
    for (const r of [a1, a2, b]) expect((await row(r.id)).processed).toBe(r.total);
    // Each request's job completed. Two instances can fetch two jobs of one service in the same
    // instant (pg-boss counts a group's active jobs per fetch, not under a lock); the unique index
    // then refuses the second claim before it touches anything (ServiceBusyError) and pg-boss
    // retries it once the first is done. That is the only failure allowed: one retry per busy refusal.
    const runs = await queryRows<{ request_id: string; state: string; retries: number }>(
      h.db,
      sql`
      select data->>'requestId' as request_id, state::text as state, retry_count as retries from pgboss.job
      where name = 'bulk-request' and data->>'requestId' in (${a1.id}, ${a2.id}, ${b.id})`,
    );
    expect(runs).toHaveLength(3);
    expect(runs.map((r) => r.state)).toEqual(['completed', 'completed', 'completed']);
    const jobErrors = [...workers.output(printedBefore).matchAll(/\[bulk job\] error \w+: (\w+)/g)].map((m) => m[1]);
    expect(jobErrors.filter((k) => k !== 'ServiceBusyError')).toEqual([]);
    expect(runs.reduce((n, r) => n + r.retries, 0)).toBe(jobErrors.length);
  }, 300_000);
});
