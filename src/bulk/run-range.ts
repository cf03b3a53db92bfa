import { sql } from 'drizzle-orm';
import { queryRows } from '../db/rows';
import type { RunOptions } from './run-options';
import type { BulkKind, RunContext } from './types';

const DEFAULT_BATCH = 1000;

/**
 * Range mode (`applyRange`): the request holds a range, not items. Each batch is ONE transaction:
 * lock the request row and read its high-water mark, let the kind apply the next `batchSize` rows
 * of the range after it, then store the batch's highest key and add its count to `processed`.
 * Writes, mark and counts commit together, so a crash loses at most the batch in flight (which
 * commits nothing) and a resumed job continues right after the committed batches. A second runner
 * of the same request waits on the row lock, then reads the mark the first one committed (read
 * committed: the kind's statement takes its snapshot after the lock). `afterItem` hears each
 * committed batch (`id`/`itemKey`: its highest key, `seq`: its number in this run). An error
 * thrown by the kind rolls the batch back and propagates, so pg-boss retries the job.
 */
export async function runRange(kind: BulkKind<unknown>, ctx: RunContext, opts: RunOptions): Promise<void> {
  const size = kind.batchSize ?? DEFAULT_BATCH;
  const id = ctx.request.id;
  for (let n = 0; ; n++) {
    const last = await ctx.db.transaction(async (tx) => {
      const [r] = await queryRows<{ mark: string | null }>(tx, sql`select high_water_mark::text as mark from bulk_requests where id = ${id} for update`);
      const batch = await kind.applyRange!(tx, ctx, r?.mark == null ? 0 : Number(r.mark), size);
      if (!batch) return undefined;
      await tx.execute(sql`update bulk_requests set high_water_mark = ${batch.last}, processed = processed + ${batch.applied}, updated_at = ${ctx.now().toISOString()}::timestamptz
        where id = ${id}`);
      return batch.last;
    });
    if (last === undefined) return;
    await opts.afterItem?.({ id: last, seq: n, itemKey: String(last) });
  }
}
