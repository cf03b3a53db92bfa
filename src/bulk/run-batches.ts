import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { markBatch } from './mark-batch';
import type { RunOptions } from './run-options';
import type { BatchItem, BulkKind, RunContext } from './types';

const DEFAULT_BATCH = 1000;

/**
 * Batch mode of a per-item kind (`applyBatch`): takes the next `batchSize` pending items in `seq`
 * order, lets the kind apply them with set-based SQL and marks them applied (or failed/skipped
 * with the kind's reason) and the request's counts, all in ONE transaction. A crash loses at
 * most the batch in flight, which commits nothing and runs again on resume; a second runner of
 * the same request waits on the request's advisory lock and then finds those items done.
 * `afterItem` is called with the last item of each committed batch. An error thrown by the
 * kind rolls the batch back and propagates, so pg-boss retries the job.
 */
export async function runBatches(kind: BulkKind<unknown>, ctx: RunContext, opts: RunOptions): Promise<void> {
  const size = kind.batchSize ?? DEFAULT_BATCH;
  let afterSeq = -1;
  for (;;) {
    const last = await ctx.db.transaction(async (tx) => {
      // One runner of this request at a time, per batch: a transaction-scoped advisory lock (cheaper
      // than locking a thousand item rows). A duplicate runner waits here, then reads what is
      // still pending after the other's commit (read committed: a fresh snapshot per statement).
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'bulk-request:' + ctx.request.id}, 0))`);
      const items = await nextBatch(tx, ctx.request.id, afterSeq, size);
      if (items.length === 0) return undefined;
      const outcome = await kind.applyBatch!(tx, ctx, items);
      await markBatch(tx, ctx.request.id, items, outcome, ctx.now());
      return items[items.length - 1];
    });
    if (!last) return;
    afterSeq = last.seq;
    await opts.afterItem?.(last);
  }
}

/**
 * The next `size` pending items after `afterSeq`, in seq order (a keyset: each batch starts where
 * the previous one ended instead of re-reading applied items), with only the columns applying
 * needs, as ONE JSON value: reading a thousand rows one by one cost the job more CPU than parsing
 * one string.
 */
async function nextBatch(tx: Db, requestId: string, afterSeq: number, size: number): Promise<BatchItem[]> {
  const [row] = await queryRows<{ items: string }>(
    tx,
    sql`select coalesce(json_agg(json_build_array(b.id, b.item_key, b.seq, b.payload) order by b.seq), '[]')::text as items
      from (select id, item_key, seq, payload from bulk_items where request_id = ${requestId} and state = 'pending' and seq > ${afterSeq} order by seq limit ${size}) b`,
  );
  return (JSON.parse(row.items) as [number, string, number, unknown][]).map(([id, itemKey, seq, payload]) => ({ id, itemKey, seq, payload }));
}
