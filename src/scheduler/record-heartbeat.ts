import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { scheduledTasks } from '../db/schema';

/**
 * Records one heartbeat of an external task (its token already checked): a run, or a failed run
 * with its error. A task the demo simulated is simulated no more: from its first real heartbeat on,
 * only the service holding the token reports for it.
 */
export async function recordHeartbeat(db: Db, taskId: number, report: { ok: boolean; error?: string }, now: Date): Promise<void> {
  await db
    .update(scheduledTasks)
    .set(
      report.ok
        ? { lastRunAt: now, updatedAt: now, demoSimulated: false }
        : { lastRunAt: now, lastError: report.error ?? 'error', lastErrorAt: now, updatedAt: now, demoSimulated: false },
    )
    .where(eq(scheduledTasks.id, taskId));
}
