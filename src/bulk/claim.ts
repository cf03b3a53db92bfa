import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bulkRequests, type BulkRequest } from '../db/schema';
import { isUniqueViolation } from '../db/unique-violation';

/** Thrown when another request of the same service is running: the job is retried later. */
export class ServiceBusyError extends Error {}

/** The unique index that allows one running request per service (migration 0005). */
const ONE_RUNNING = 'bulk_requests_one_running_per_service_idx';

/**
 * waiting → running (or keeps running on resume); undefined when there is nothing to run.
 * Only the unique violation of "one running request per service" means another request is
 * running (ServiceBusyError, the job retries later); any other failure surfaces with its cause.
 */
export async function claim(db: Db, id: string, at: Date): Promise<BulkRequest | undefined> {
  const [r] = await db.select().from(bulkRequests).where(eq(bulkRequests.id, id));
  if (!r || (r.state !== 'waiting' && r.state !== 'running')) return undefined;
  if (r.state === 'running') return r;
  try {
    const [claimed] = await db
      .update(bulkRequests)
      .set({ state: 'running', startedAt: at, updatedAt: at })
      .where(and(eq(bulkRequests.id, id), eq(bulkRequests.state, 'waiting')))
      .returning();
    return claimed;
  } catch (cause) {
    if (isUniqueViolation(cause, ONE_RUNNING))
      throw new ServiceBusyError(`Another bulk request of service ${r.serviceId} is running; this one waits.`, { cause });
    throw new Error(
      `Could not start bulk request ${id}: the database refused to mark it running. The job is retried; if this repeats, check the database log.`,
      { cause },
    );
  }
}
