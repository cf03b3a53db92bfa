import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bulkItems, bulkRequests, type BulkItem } from '../db/schema';
import type { ItemOutcome } from './types';

/**
 * Marks one item with its outcome and counts it in its request, inside the transaction that
 * applied it. The item is addressed by its request, its seq AND its id, so a wrong id can never
 * mark an item of another request, and whichever index the planner picks finds the one row.
 */
export async function markItem(tx: Db, item: BulkItem, outcome: ItemOutcome, payload: unknown, at: Date): Promise<void> {
  await tx
    .update(bulkItems)
    .set(outcome.state === 'applied' ? { state: 'applied', appliedAt: at, payload } : { state: outcome.state, reason: outcome.reason })
    .where(and(eq(bulkItems.requestId, item.requestId), eq(bulkItems.seq, item.seq), eq(bulkItems.id, item.id)));
  await tx
    .update(bulkRequests)
    .set({
      processed: sql`${bulkRequests.processed} + 1`,
      failed: sql`${bulkRequests.failed} + ${outcome.state === 'failed' ? 1 : 0}`,
      updatedAt: at,
    })
    .where(eq(bulkRequests.id, item.requestId));
}
