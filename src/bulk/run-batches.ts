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
      // A batch's commit does not wait for its WAL flush: the one-statement way of doing the
      // same writes waits once, the job would wait once per batch. Nothing of exactly-once is
      // lost: a batch's changes and its item marks are in one transaction, so a database crash
      // that loses the last batches loses their marks too and the resumed job applies them
      // again; WAL is replayed in order, so no later batch survives an earlier lost one. The
      // request's end (finish, a normal commit) flushes everything before it.
      // One runner of this request at a time, per batch: a transaction-scoped advisory lock (cheaper
      // than locking a thousand item rows). A duplicate runner waits here, then reads what is
      // still pending after the other's commit (read committed: a fresh snapshot per statement).
      await tx.execute(sql`select set_config('synchronous_commit', ${process.env.EXP_SYNC === 'on' ? 'on' : 'off'}, true), pg_advisory_xact_lock(hashtextextended(${'bulk-request:' + ctx.request.id}, 0))`);
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
 * needs: reading and mapping whole rows cost the job more CPU than its own SQL did.
 */
async function nextBatch(tx: Db, requestId: string, afterSeq: number, size: number): Promise<BatchItem[]> {
  const rows = await queryRows<{ id: string | number; item_key: string; seq: number; payload: unknown }>(
    tx,
    sql`select id, item_key, seq, payload from bulk_items where request_id = ${requestId} and state = 'pending' and seq > ${afterSeq} order by seq limit ${size}`,
  );
  return rows.map((r) => ({ id: Number(r.id), itemKey: r.item_key, seq: r.seq, payload: r.payload }));
}
