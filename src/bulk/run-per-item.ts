import { and, eq, sql } from 'drizzle-orm';
import { bulkItems } from '../db/schema';
import { queryRows } from '../db/rows';
import type { Db } from '../db/client';
import type { BulkItem } from '../db/schema';
import { itemCrashed } from './item-crashed';
import { markItem } from './mark-item';
import { pendingItems } from './pending-items';
import { runBatches } from './run-batches';
import { runRange } from './run-range';
import type { RunOptions } from './run-options';
import type { BulkKind, RunContext } from './types';

const PAGE = 200;

/** Locks the item if it is still pending (a duplicate runner waits here, then skips it). */
async function lockPending(tx: Db, item: BulkItem): Promise<boolean> {
  const [locked] = await queryRows<{ id: number }>(
    tx,
    sql`select id from ${bulkItems} where ${and(eq(bulkItems.requestId, item.requestId), eq(bulkItems.seq, item.seq), eq(bulkItems.id, item.id), eq(bulkItems.state, 'pending'))} for update`,
  );
  return Boolean(locked);
}

/**
 * Per-item mode: each item in its own transaction together with its mark (or, for kinds with
 * `applyBatch`, a batch of items per transaction, see run-batches.ts; for range kinds, a batch of
 * the range per transaction, see run-range.ts). A failing item is reported and the rest proceed.
 */
export async function runPerItem(kind: BulkKind<unknown>, ctx: RunContext, opts: RunOptions): Promise<void> {
  if (kind.applyRange) return runRange(kind, ctx, opts);
  if (kind.applyBatch) return runBatches(kind, ctx, opts);
  for (;;) {
    const page = await pendingItems(ctx.db, ctx.request.id, PAGE);
    if (page.length === 0) return;
    for (const item of page) {
      let payload: unknown;
      try {
        payload = kind.payload.parse(item.payload);
        if (kind.prepare) payload = await kind.prepare(ctx, payload, item);
        await ctx.db.transaction(async (tx) => {
          if (!(await lockPending(tx, item))) return;
          const outcome = await kind.apply!(tx, ctx, payload, item);
          await markItem(tx, item, outcome, outcome.state === 'applied' && kind.scrub ? kind.scrub(payload) : item.payload, ctx.now());
        });
      } catch (e) {
        await ctx.db.transaction(async (tx) => {
          if (await lockPending(tx, item)) await markItem(tx, item, { state: 'failed', reason: itemCrashed(e) }, item.payload, ctx.now());
        });
      }
      await opts.afterItem?.(item);
    }
  }
}
