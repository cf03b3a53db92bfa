import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { registerBulkKind } from '../registry';
import { queryRows } from '@/db/rows';
import type { Db } from '@/db/client';
import type { RangeProgress } from '../run-range';
import type { RangeBatch, RunContext } from '../types';
import { closureRange } from './input';
import { leftTheQueue } from './left-queue';

export { closureInput, type ClosureInput } from './input';

export const QUEUE_CLOSURE = 'queue-closure';

/**
 * Finishes the next batch of the range with ONE statement (its own transaction): the attendances
 * still queued in the request's service with an id above the request's high-water mark, up to the
 * `size`-th of them (its `bound`; `upToId` when fewer are left), become finished (tabulation, who
 * asked, when), each gets its one `finished` history event carrying the request id, and the
 * request's mark moves to the bound and its `processed` grows by those closed. The update re-checks
 * `queued`, so one taken by an operator (or another closure) in the meantime is left alone, and a
 * second runner can never close one twice. Returns how many it closed and the bound, or undefined
 * when nothing of the range is left. Why a bound and not the picked ids (`EXPLAIN ANALYZE`): joined
 * to a CTE of picked ids, the update hashed the service's whole queue for every batch (a sequential
 * scan, 40–120 ms a batch); handed them as an array, it looked each up by primary key (a quarter of
 * a second of CPU more per 100,000 than one range scan, which the bound gives it).
 */
async function closeNext(db: Db, ctx: RunContext, progress: RangeProgress): Promise<RangeBatch | undefined> {
  const range = closureRange(ctx.request.input);
  if (!range)
    throw new Error(`Closure request ${ctx.request.id} records no range (upToId); migration 0012 gives one to every open closure. Request the closure again.`);
  const { serviceId, tabulate, upToId } = range;
  const at = ctx.now().toISOString();
  const [row] = await queryRows<{ applied: number; last: string | null }>(
    db,
    sql`
    with tab as (select id from tabulations where code = 'batch-finalized' and ${tabulate}),
    bound as (
      select case when ${progress.mark} < ${upToId} then coalesce(
        (select id from attendances where service_id = ${serviceId} and status = 'queued' and id > ${progress.mark} and id <= ${upToId}
         order by id offset ${progress.size - 1} limit 1), ${upToId}) end as id),
    closed as (
      update attendances a set status = 'finished', finished_at = ${at}::timestamptz,
             tabulation_id = (select id from tab), finished_by_id = ${ctx.request.requestedBy}
      where a.service_id = ${serviceId} and a.status = 'queued' and a.id > ${progress.mark} and a.id <= (select id from bound)
      returning a.id),
    events as (
      insert into interaction_events (attendance_id, type, at, by_user_id, tabulation_id, request_id)
      select id, 'finished', ${at}::timestamptz, ${ctx.request.requestedBy}, (select id from tab), ${ctx.request.id} from closed),
    progress as (${progress.advance(sql`(select count(*) from closed)`, sql`(select id from bound)`)})
    select (select count(*)::int from closed) as applied, (select id::text from bound) as last`,
  );
  return row.last == null ? undefined : { applied: Number(row.applied), last: Number(row.last) };
}

/**
 * Mass queue closure: a range-based kind (run-range.ts). The request records the service, the
 * newest id of the preview and how many were queued then; each batch is one statement that closes
 * the next 20,000 attendances still queued in that range and advances the request's high-water mark
 * and count. 20,000 by measurement (README, "Bulk writes…"): against one statement closing all
 * 100,000, CPU time falls from 1.18× in batches of 2,000 to 1.13× in 5,000 and about 1.05× from
 * 10,000 on (flat beyond); on a loaded machine each batch also pays a commit and a wait for the CPU,
 * and at load 6–12 batches of 20,000 gave 1.06–1.10× in wall time where 10,000 gave 1.08–1.26×.
 * A batch of 20,000 commits in under a second on a quiet machine, so its row locks stay short and
 * the bar moves in fifths. `CLOSURE_BATCH_SIZE` (100 … 1,000,000) overrides it for an installation,
 * and the deployment test uses small batches so that an instance can be stopped mid-run.
 */
const batchSize = z.coerce
  .number()
  .int()
  .min(100)
  .max(1_000_000)
  .default(20_000)
  .parse(process.env.CLOSURE_BATCH_SIZE || undefined);

export const queueClosureKind = registerBulkKind({
  kind: QUEUE_CLOSURE,
  permission: 'manage:queue-closure',
  payload: z.null(),
  batchSize,
  applyRange: closeNext,
  problems: leftTheQueue,
});
