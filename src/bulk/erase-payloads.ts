import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bulkItems } from '../db/schema';

/**
 * Erases the payloads of a request's items (an import's encrypted passwords), in the caller's
 * transaction: the one that ends the request, so no ended request keeps a secret.
 */
export async function erasePayloads(tx: Db, requestId: string): Promise<void> {
  await tx
    .update(bulkItems)
    .set({ payload: null })
    .where(and(eq(bulkItems.requestId, requestId), isNotNull(bulkItems.payload)));
}
