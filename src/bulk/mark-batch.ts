import { and, between, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bulkItems, bulkRequests } from '../db/schema';
import type { BatchItem, BatchOutcome } from './types';

const idArray = (ids: number[]) => `{${ids.join(',')}}`;

/**
 * Marks a batch's items inside the transaction that applied them: the applied ones (only ids
 * of this batch count, whatever the kind returned), then the others grouped by outcome (a
 * batch has few distinct reasons), then the request's counts. Every update ANDs the request id
 * and the batch's `seq` range (`items` come in seq order): a new request's id is never in the
 * planner's statistics, so it may walk the (request_id, seq) index instead of the primary key,
 * and the range keeps that walk to the batch instead of every item of the request.
 */
export async function markBatch(tx: Db, requestId: string, items: BatchItem[], outcome: BatchOutcome, at: Date): Promise<void> {
  const inBatch = and(eq(bulkItems.requestId, requestId), between(bulkItems.seq, items[0].seq, items[items.length - 1].seq));
  const returned = new Set(outcome.applied);
  const applied = items.filter((i) => returned.has(i.id)).map((i) => i.id);
  if (applied.length > 0) {
    await tx
      .update(bulkItems)
      .set({ state: 'applied', appliedAt: at })
      .where(and(inBatch, sql`${bulkItems.id} = any(${idArray(applied)}::bigint[])`));
  }
  const groups = new Map<string, { state: 'failed' | 'skipped'; reason: unknown; ids: number[] }>();
  for (const item of items) {
    if (returned.has(item.id)) continue;
    const o = outcome.notApplied(item);
    const key = o.state + JSON.stringify(o.reason);
    const g = groups.get(key) ?? { state: o.state, reason: o.reason, ids: [] };
    g.ids.push(item.id);
    groups.set(key, g);
  }
  let failed = 0;
  for (const g of groups.values()) {
    await tx
      .update(bulkItems)
      .set({ state: g.state, reason: g.reason })
      .where(and(inBatch, sql`${bulkItems.id} = any(${idArray(g.ids)}::bigint[])`));
    if (g.state === 'failed') failed += g.ids.length;
  }
  await tx
    .update(bulkRequests)
    .set({ processed: sql`${bulkRequests.processed} + ${items.length}`, failed: sql`${bulkRequests.failed} + ${failed}`, updatedAt: at })
    .where(eq(bulkRequests.id, requestId));
}
