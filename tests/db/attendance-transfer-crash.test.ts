import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { bulkRequests, serviceManagers, userServiceLinks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { requestTransfer } from '@/bulk/attendance-transfer/confirm';
import { MAX_TRANSFER } from '@/bulk/attendance-transfer/schemas';
import { startJobs, type Jobs } from '@/jobs/boss';
import { queryRows } from '@/db/rows';
import { waitFor, workerProcesses } from './fixtures/crash-harness';

/**
 * Crash safety of the attendance transfer (batches of 1,000) on a real PostgreSQL: the app
 * instance running the job is a separate process killed with SIGKILL mid-run, then another
 * finishes it. PGlite has one owner process, so this needs TEST_DATABASE_URL.
 */
const url = process.env.TEST_DATABASE_URL;
const reason = 'needs a real PostgreSQL: set TEST_DATABASE_URL (PGlite cannot be shared by two processes)';

let h: DbHandle & { url?: string };
let jobs: Jobs;
let supervisorId: number;
let serviceId: number;
let from: number;
let to: number;
const workers = workerProcesses(() => h?.url);

const row = async (id: string) => (await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, id)))[0];

/** Applied items, the request's transferred events, distinct attendances among them, attendances now with the target; and any attendance transferred twice. */
async function counts(requestId: string) {
  // Fresh statistics first: the planner otherwise takes the bulk-filled tables for the nearly empty
  // ones they were at the last ANALYZE and joins them with a nested loop, rescanning the request's
  // items once per attendance (minutes for this check alone, not for the job).
  await h.db.execute(sql`analyze attendances, bulk_items, interaction_events`);
  const [c] = await queryRows<{ applied: number; events: number; distinct_att: number; moved: number; duplicates: number }>(
    h.db,
    sql`
    select (select count(*)::int from bulk_items where request_id = ${requestId} and state = 'applied') as applied,
           (select count(*)::int from interaction_events where request_id = ${requestId} and type = 'transferred') as events,
           (select count(distinct attendance_id)::int from interaction_events where request_id = ${requestId}) as distinct_att,
           (select count(*)::int from attendances a join bulk_items i on i.item_key::bigint = a.id
              where i.request_id = ${requestId} and i.state = 'applied' and a.agent_id = ${to}) as moved,
           (select count(*)::int from (select attendance_id from interaction_events where type = 'transferred' group by 1 having count(*) > 1) d) as duplicates`,
  );
  return c;
}

beforeAll(async () => {
  if (!url) return;
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  supervisorId = (await h.db.select().from(users).where(eq(users.email, 'supervisor@demo.local')))[0].id;
  serviceId = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisorId)))[0].serviceId;
  const linked = await h.db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userServiceLinks, eq(userServiceLinks.userId, users.id))
    .where(and(eq(userServiceLinks.serviceId, serviceId), eq(users.active, true)));
  [from, to] = linked.map((r) => r.id).sort((a, b) => a - b);
  jobs = await startJobs(h); // only sends jobs: this process runs no worker
});
afterAll(async () => {
  workers.stopAll();
  await jobs?.stop();
  await h?.close();
});

describe.skipIf(!url)(`attendance transfer crash safety (${url ? 'PostgreSQL' : reason})`, () => {
  test('a transfer killed with SIGKILL mid-run finishes after a restart: none moved twice, none missed, one event each', async () => {
    const n = MAX_TRANSFER;
    const ids = (
      await queryRows<{ id: string }>(
        h.db,
        sql`insert into attendances (protocol, channel, service_id, status, agent_id, customer_name, started_at, expires_at)
      select 'crash-tr-' || i, 'chat', ${serviceId}, 'in_attendance', ${from}, 'Cliente ' || i, now(), now() + interval '1 day'
      from generate_series(1, ${n}::int) i returning id`,
      )
    ).map((r) => Number(r.id));
    const first = await workers.start();
    const req = await requestTransfer(h.db, jobs.boss, {
      userId: supervisorId,
      lang: 'en',
      body: { serviceId, targetAgentId: to, items: ids.map((attendanceId) => ({ attendanceId, fromAgentId: from })) },
    });
    expect(req.total).toBe(n);
    await waitFor('the transfer to be under way', async () => (await row(req.id)).processed >= 1000, 60_000, 5);
    await workers.kill(first);
    const atKill = await row(req.id);
    expect(atKill.state).toBe('running');
    expect(atKill.processed).toBeLessThan(n);
    // Whatever committed before the kill is complete: items, attendances and events agree.
    const partial = await counts(req.id);
    expect(partial.applied).toBe(atKill.processed);
    expect(partial).toEqual({ applied: partial.applied, events: partial.applied, distinct_att: partial.applied, moved: partial.applied, duplicates: 0 });
    // Start the app again: pg-boss notices the dead worker's missing heartbeat and retries the job.
    await workers.start();
    const end = await waitFor(
      'the transfer to finish after the restart',
      async () => {
        const r = await row(req.id);
        return r.state === 'done' && r;
      },
      200_000,
      500,
    );
    expect(end).toMatchObject({ processed: n, failed: 0 });
    expect(await counts(req.id)).toEqual({ applied: n, events: n, distinct_att: n, moved: n, duplicates: 0 });
    const [audits] = await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from audit_records where target = ${'bulk-request:' + req.id}`);
    expect(audits.n).toBe(1);
  }, 300_000);
});
