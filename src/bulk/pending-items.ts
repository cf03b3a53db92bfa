import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bulkItems, type BulkItem } from '../db/schema';

/** The first `limit` pending items of a request, in processing (`seq`) order. */
export async function pendingItems(db: Db, requestId: string, limit: number): Promise<BulkItem[]> {
  return db
    .select()
    .from(bulkItems)
    .where(and(eq(bulkItems.requestId, requestId), eq(bulkItems.state, 'pending')))
    .orderBy(asc(bulkItems.seq))
    .limit(limit);
}
