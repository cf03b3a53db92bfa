import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { bulkItems, type BulkItem } from '../db/schema';
import { markBatch } from './mark-batch';
import type { RunOptions } from './run-options';
import type { BulkKind, RunContext } from './types';

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
      if (process.env.EXP_SYNC !== 'on') await tx.execute(sql`set local synchronous_commit = off`);
      // One runner of this request at a time, per batch: a transaction-scoped advisory lock (cheaper
      // than locking a thousand item rows). A duplicate runner waits here, then reads what is
      // still pending after the other's commit (read committed: a fresh snapshot per statement).
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'bulk-request:' + ctx.request.id}, 0))`);
      // Keyset on seq: each batch starts where the previous one ended instead of re-reading applied items.
      const items = await tx
        .select()
        .from(bulkItems)
        .where(and(eq(bulkItems.requestId, ctx.request.id), eq(bulkItems.state, 'pending'), gt(bulkItems.seq, afterSeq)))
        .orderBy(asc(bulkItems.seq))
        .limit(size);
      if (items.length === 0) return undefined;
      const outcome = await kind.applyBatch!(tx, ctx, items);
      await markBatch(tx, ctx.request.id, items, outcome, ctx.now());
      return items[items.length - 1] as BulkItem;
    });
    if (!last) return;
    afterSeq = last.seq;
    await opts.afterItem?.(last);
  }
}
