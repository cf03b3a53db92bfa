import { sql, type SQL } from 'drizzle-orm';
import type { RunOptions } from './run-options';
import type { BulkKind, RunContext } from './types';

const DEFAULT_BATCH = 1000;

/**
 * What the framework hands a range kind's batch statement: the request's high-water mark to read
 * and the write that advances it, to compose into ONE statement with the batch's own writes.
 */
export interface RangeProgress {
  /** Rows per batch (the kind's `batchSize`). */
  size: number;
  /** The request's committed high-water mark as a scalar subquery (0 before the first batch). */
  mark: SQL;
  /**
   * A data-modifying CTE body: adds `applied` to the request's `processed` and moves its mark up to
   * `last` (never down), when `last` is not null (the batch found something).
   */
  advance(applied: SQL, last: SQL): SQL;
}

/**
 * Range mode (`applyRange`): the request holds a range, not items. Each batch is ONE statement, so
 * one transaction of its own: the kind reads the request's high-water mark, applies the next
 * `batchSize` rows of the range after it and advances the mark and `processed` (`progress.advance`)
 * in that statement. Writes, mark and counts commit together, so a crash loses at most the batch in
 * flight (which commits nothing) and a resumed job continues right after the committed batches.
 * Exactly-once rests on the rows themselves: what a batch applies no longer matches the range, and
 * its update re-checks that, so a second runner of the same request that read the same mark (it
 * waits on the first one's row locks, then re-checks each row) applies nothing twice and counts
 * only what it applied; the mark only moves up. One statement also means one round trip per batch:
 * on a loaded machine each round trip is a wait for a turn on the CPU. `afterItem` hears each
 * committed batch (`id`/`itemKey`: its highest key, `seq`: its number in this run). An error thrown
 * by the kind's statement rolls the batch back and propagates, so pg-boss retries the job.
 */
export async function runRange(kind: BulkKind<unknown>, ctx: RunContext, opts: RunOptions): Promise<void> {
  const id = ctx.request.id;
  const progress: RangeProgress = {
    size: kind.batchSize ?? DEFAULT_BATCH,
    mark: sql`(select coalesce(high_water_mark, 0) from bulk_requests where id = ${id})`,
    advance: (applied, last) => sql`
      update bulk_requests set high_water_mark = greatest(high_water_mark, ${last}), processed = processed + ${applied},
             updated_at = ${ctx.now().toISOString()}::timestamptz
      where id = ${id} and ${last} is not null`,
  };
  for (let n = 0; ; n++) {
    const batch = await kind.applyRange!(ctx.db, ctx, progress);
    if (!batch) return;
    await opts.afterItem?.({ id: batch.last, seq: n, itemKey: String(batch.last) });
  }
}
