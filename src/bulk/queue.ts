import { eq, inArray } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '../db/client';
import { bulkRequests, type BulkRequest } from '../db/schema';

/** One pg-boss queue for every bulk kind, so "one at a time per service" holds across kinds. */
export const BULK_QUEUE = 'bulk-request';

/**
 * Queue options. Policy `standard` plus a job `group` per service and `groupConcurrency: 1`
 * on the worker: pg-boss only fetches a job whose group has no active job, across every
 * instance (the count is in the database). `key_strict_fifo` was rejected because a job that
 * ends `failed` holds back its key forever; `singleton`/`stately` limit the whole queue, not a
 * service. A crashed worker stops heart-beating, so pg-boss retries the job after
 * `heartbeatSeconds`; the unique index `bulk_requests_one_running_per_service_idx` is the last
 * guard if two fetches race.
 */
export const bulkQueueOptions = {
  policy: 'standard',
  retryLimit: 20,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 120,
  heartbeatSeconds: 30,
  expireInSeconds: 4 * 3600,
  deleteAfterSeconds: 7 * 24 * 3600,
} as const;

export const groupOf = (serviceId: number | null) => ({ id: serviceId == null ? 'organization' : `service:${serviceId}` });

/** Sends the job of a request and remembers its id; returns the updated row. */
export async function enqueueBulkRequest(db: Db, boss: PgBoss, request: BulkRequest): Promise<BulkRequest | undefined> {
  const jobId = await boss.send(BULK_QUEUE, { requestId: request.id }, { group: groupOf(request.serviceId) });
  const [row] = await db.update(bulkRequests).set({ jobId }).where(eq(bulkRequests.id, request.id)).returning();
  return row;
}

const LIVE = new Set(['created', 'retry', 'active']);

/**
 * Start-up sweep: every request still waiting or running gets a live job. A job left `active`
 * by a process that died is failed into retry when this process is the database's only owner
 * (PGlite); on PostgreSQL the missing heartbeat does the same. Returns how many were re-enqueued.
 *
 * `graceMs` (the periodic sweep's): a request without a job yet that is younger than this is left
 * to the instance that created it, which enqueues it right after its transaction commits; without
 * the grace a sweep falling between that commit and the send gave the request a second job.
 */
export async function sweepBulkRequests(db: Db, boss: PgBoss, opts: { soleOwner: boolean; graceMs?: number; now?: Date }): Promise<number> {
  const open = await db
    .select()
    .from(bulkRequests)
    .where(inArray(bulkRequests.state, ['waiting', 'running']));
  const youngerThan = (opts.now ?? new Date()).getTime() - (opts.graceMs ?? 0);
  let resent = 0;
  for (const r of open) {
    if (!r.jobId && r.createdAt.getTime() > youngerThan) continue;
    const job = r.jobId ? await boss.getJobById(BULK_QUEUE, r.jobId) : null;
    if (job && job.state === 'active' && opts.soleOwner) {
      await boss.fail(BULK_QUEUE, job.id, { message: 'The server restarted while this job ran; resuming.' });
      const again = await boss.getJobById(BULK_QUEUE, job.id);
      if (again && LIVE.has(again.state)) continue;
    } else if (job && LIVE.has(job.state)) continue;
    await enqueueBulkRequest(db, boss, r);
    resent++;
  }
  return resent;
}
