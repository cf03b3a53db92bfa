import { sql } from 'drizzle-orm';
import type { Benchmark } from './harness';
import { benchOrg, queuedAttendances, settle, timed } from './fixtures';
import { runBulkRequest } from '../src/bulk';
import { requestClosure } from '../src/bulk/queue-closure/request-closure';
import { queueClosureKind } from '../src/bulk/queue-closure/kind';
import { queryRows } from '../src/db/rows';

/**
 * Mass queue closure of 100,000 queued attendances (10,000 with --quick or on PGlite), with the
 * "batch-finalized" tabulation and one `finished` history event each, through the job code
 * (snapshot into bulk_items, then runBulkRequest in batches of 5,000, each batch one transaction
 * that also marks its items). Baseline, same run and database, identical dataset in another
 * service: ONE hand-written statement doing the same attendance and history writes. The machine
 * is shared, so the baseline runs once before and once after the job (two identical datasets)
 * and the ratio uses their mean: load drifting during the run weighs on both sides alike.
 */
export const queueClosureBenchmark: Benchmark = {
  name: 'queue-closure',
  description: 'close a queue through the bulk job; ratio to one set-based SQL statement with the same writes',
  async run(ctx) {
    const n = ctx.scaled(100_000);
    const h = await ctx.freshDb();
    const org = await benchOrg(h.db);
    await queuedAttendances(h.db, org.serviceA, n, 'job');
    await queuedAttendances(h.db, org.serviceB, n, 'base1');
    await queuedAttendances(h.db, org.serviceC, n, 'base2');
    await settle(h.db);
    const oneStatement = (serviceId: number) =>
      timed(() =>
        h.db.execute(sql`
          with tab as (select id from tabulations where code = 'batch-finalized'),
          closed as (
            update attendances set status = 'finished', finished_at = now(), tabulation_id = (select id from tab), finished_by_id = ${org.supervisorId}
            where service_id = ${serviceId} and status = 'queued' returning id)
          insert into interaction_events (attendance_id, type, at, by_user_id, tabulation_id, request_id)
          select id, 'finished', now(), ${org.supervisorId}, (select id from tab), 'baseline' from closed`),
      );
    const before = await oneStatement(org.serviceB);
    await settle(h.db);
    let requestId = '';
    const snapshot = await timed(async () => {
      requestId = (await requestClosure(h.db, undefined, { userId: org.supervisorId, lang: 'en', input: { serviceId: org.serviceA, tabulate: true } })).id;
    });
    await settle(h.db);
    const job = await timed(() => runBulkRequest(h.db, requestId));
    await settle(h.db);
    const after = await oneStatement(org.serviceC);
    const baseline = (before + after) / 2;
    const [check] = await queryRows<{ job: number; base: number }>(h.db, sql`
      select count(*) filter (where request_id = ${requestId})::int as job, count(*) filter (where request_id = 'baseline')::int as base
      from interaction_events where type = 'finished'`);
    if (check.job !== n || check.base !== 2 * n) throw new Error(`closure benchmark wrote ${check.job} job events and ${check.base} baseline events, expected ${n} and ${2 * n}`);
    ctx.report(`queue-closure.${n}.job.seconds`, job, 's', `${Math.round(n / job)} attendances/s, batches of ${queueClosureKind.batchSize}`);
    ctx.report(`queue-closure.${n}.snapshot.seconds`, snapshot, 's', 'ids into bulk_items at request time');
    ctx.report('queue-closure.baseline-one-statement.seconds', baseline, 's', `mean of ${before.toFixed(3)} before and ${after.toFixed(3)} after the job`);
    ctx.report('queue-closure.ratio-job-to-baseline', job / baseline, 'x', 'goal <= 1.3');
    ctx.report('queue-closure.ratio-snapshot+job-to-baseline', (snapshot + job) / baseline, 'x');
  },
};
