import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { bulkItems, bulkRequests, type BulkItem } from '../db/schema';
import type { BulkKind, RunContext } from './types';
import type { RunOptions } from './runner';

const DEFAULT_BATCH = 1000;

/**
 * Batch mode of a per-item kind (`applyBatch`): takes the next `batchSize` pending items in `seq`
 * order, locks them, lets the kind apply them with set-based SQL and marks them applied (or
 * failed/skipped with the kind's reason) and the request's counts, all in ONE transaction. A
 * crash loses at most the batch in flight, which commits nothing and runs again on resume; a
 * second runner of the same request waits on the request's advisory lock and then finds those
 * items done.
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
      // Keyset on seq: each batch starts where the previous one ended instead of re-reading applied items.
      const items = await tx
        .select()
        .from(bulkItems)
        .where(and(eq(bulkItems.requestId, ctx.request.id), eq(bulkItems.state, 'pending'), gt(bulkItems.seq, afterSeq)))
        .orderBy(asc(bulkItems.seq))
        .limit(size);
      if (items.length === 0) return undefined;
      const outcome = await kind.applyBatch!(tx, ctx, items);
      const applied = new Set(outcome.applied);
      const at = ctx.now();
      if (applied.size > 0) {
        await tx.update(bulkItems).set({ state: 'applied', appliedAt: at }).where(sql`${bulkItems.id} = any(${`{${[...applied].join(',')}}`}::bigint[])`);
      }
      // Items not applied, grouped by outcome (a batch has few distinct reasons).
      const groups = new Map<string, { state: 'failed' | 'skipped'; reason: unknown; ids: number[] }>();
      for (const item of items) {
        if (applied.has(item.id)) continue;
        const o = outcome.notApplied(item);
        const key = o.state + JSON.stringify(o.reason);
        const g = groups.get(key) ?? { state: o.state, reason: o.reason, ids: [] };
        g.ids.push(item.id);
        groups.set(key, g);
      }
      let failed = 0;
      for (const g of groups.values()) {
        await tx.update(bulkItems).set({ state: g.state, reason: g.reason }).where(inArray(bulkItems.id, g.ids));
        if (g.state === 'failed') failed += g.ids.length;
      }
      await tx
        .update(bulkRequests)
        .set({ processed: sql`${bulkRequests.processed} + ${items.length}`, failed: sql`${bulkRequests.failed} + ${failed}`, updatedAt: at })
        .where(eq(bulkRequests.id, ctx.request.id));
      return items[items.length - 1] as BulkItem;
    });
    if (!last) return;
    afterSeq = last.seq;
    await opts.afterItem?.(last);
  }
}
