import { sql } from 'drizzle-orm';
import type { Benchmark } from './harness';
import { benchOrg, queuedAttendances, settle } from './fixtures';
import { timedCpu } from './cpu';
import { runBulkRequest } from '../src/bulk';
import { requestClosure } from '../src/bulk/queue-closure/request-closure';
import { queueClosureKind } from '../src/bulk/queue-closure/kind';
import { queryRows } from '../src/db/rows';

/**
 * Mass queue closure of 100,000 queued attendances (10,000 with --quick or on PGlite), with the
 * "batch-finalized" tabulation and one `finished` history event each, through the request (which
 * records the range and counts it) and the job (runBulkRequest: batches of `batchSize`, each one
 * transaction that closes the next queued ids after the request's high-water mark, writes their
 * events and advances the mark and counts). Baseline, same run and database, identical dataset in
 * another service: ONE hand-written statement doing the same attendance and history writes. The
 * machine is shared, so the baseline runs once before and once after the job (two identical
 * datasets) and the ratio uses their mean: load drifting during the run weighs on both sides
 * alike. CPU seconds (this process plus the database's backends) are reported beside wall time.
 * `BENCH_CLOSURE_BATCH=<n>` runs the job with another batch size (to choose it by measurement).
 */
export const queueClosureBenchmark: Benchmark = {
  name: 'queue-closure',
  description: 'close a queue through the bulk request and job; ratio to one set-based SQL statement with the same writes',
  async run(ctx) {
    const n = ctx.scaled(100_000);
    const batch = Number(process.env.BENCH_CLOSURE_BATCH) || queueClosureKind.batchSize!;
    const chosen = queueClosureKind.batchSize;
    queueClosureKind.batchSize = batch;
    try {
      const h = await ctx.freshDb();
      const org = await benchOrg(h.db);
      await queuedAttendances(h.db, org.serviceA, n, 'job');
      await queuedAttendances(h.db, org.serviceB, n, 'base1');
      await queuedAttendances(h.db, org.serviceC, n, 'base2');
      await settle(h.db);
      const oneStatement = (serviceId: number) =>
        timedCpu(h.db, () =>
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
      const request = await timedCpu(h.db, async () => {
        requestId = (await requestClosure(h.db, undefined, { userId: org.supervisorId, lang: 'en', input: { serviceId: org.serviceA, tabulate: true } })).id;
      });
      const job = await timedCpu(h.db, () => runBulkRequest(h.db, requestId));
      await settle(h.db);
      const after = await oneStatement(org.serviceC);
      const baseline = (before.wall + after.wall) / 2;
      const baselineCpu = (before.cpu + after.cpu) / 2;
      const [check] = await queryRows<{ job: number; base: number; total: number; processed: number }>(
        h.db,
        sql`
        select count(*) filter (where request_id = ${requestId})::int as job, count(*) filter (where request_id = 'baseline')::int as base,
               (select total from bulk_requests where id = ${requestId}) as total, (select processed from bulk_requests where id = ${requestId}) as processed
        from interaction_events where type = 'finished'`,
      );
      if (check.job !== n || check.base !== 2 * n || check.total !== n || check.processed !== n)
        throw new Error(
          `closure benchmark: ${check.job} job events (request total ${check.total}, processed ${check.processed}) and ${check.base} baseline events, expected ${n} and ${2 * n}`,
        );
      const total = request.wall + job.wall;
      ctx.report(`queue-closure.${n}.request.seconds`, request.wall, 's', `records the range and counts it; CPU ${request.cpu.toFixed(2)} s`);
      ctx.report(
        `queue-closure.${n}.job.seconds`,
        job.wall,
        's',
        `${Math.round(n / job.wall)} attendances/s, batches of ${batch}; CPU ${job.cpu.toFixed(2)} s`,
      );
      ctx.report(
        'queue-closure.baseline-one-statement.seconds',
        baseline,
        's',
        `mean of ${before.wall.toFixed(3)} before and ${after.wall.toFixed(3)} after the job; CPU ${baselineCpu.toFixed(2)} s`,
      );
      ctx.report('queue-closure.ratio-job-to-baseline', job.wall / baseline, 'x');
      ctx.report('queue-closure.ratio-total-to-baseline', total / baseline, 'x', 'request plus job; goal <= 1.15');
      ctx.report(
        'queue-closure.cpu-ratio-total-to-baseline',
        (request.cpu + job.cpu) / baselineCpu,
        'x',
        'CPU seconds, this process plus the database backends',
      );
    } finally {
      queueClosureKind.batchSize = chosen;
    }
  },
};
