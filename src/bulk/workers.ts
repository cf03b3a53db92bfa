import type { PgBoss } from 'pg-boss';
import type { DbHandle } from '../db/client';
import { BULK_QUEUE, bulkQueueOptions, sweepBulkRequests } from './queue';
import { runBulkRequest } from './runner';
import './kinds';
import { startMigrationReverts } from './user-migration/schedule';
import { logError } from '../server/log-error';
import { queueBulkEndedNotice } from '../alerts/delivery/bulk-notice';

/** A request without a job is left this long to the instance that is enqueueing it (queue.ts). */
const SWEEP_GRACE_MS = 60_000;

export interface BulkWorkerOptions {
  /** Injectable clock for the runs. */
  now?: () => Date;
  /** Re-sweep interval in ms (0: start-up only). Default 120 s. */
  sweepEveryMs?: number;
}

/**
 * Creates the bulk queue, starts its worker (one active job per service across instances,
 * see queue.ts) and sweeps requests left waiting/running by a previous process. Returns a stop
 * function for the periodic sweep.
 */
export async function startBulkWorkers(handle: DbHandle, boss: PgBoss, opts: BulkWorkerOptions = {}): Promise<() => void> {
  if (!(await boss.getQueue(BULK_QUEUE))) await boss.createQueue(BULK_QUEUE, bulkQueueOptions);
  const soleOwner = handle.driver === 'pglite';
  await sweepBulkRequests(handle.db, boss, { soleOwner });
  await boss.work<{ requestId: string }>(BULK_QUEUE, { groupConcurrency: 1, localConcurrency: 2, pollingIntervalSeconds: 1 }, async ([job]) => {
    try {
      await queueBulkEndedNotice(boss, await runBulkRequest(handle.db, job.data.requestId, { now: opts.now }));
    } catch (e) {
      // pg-boss stores a failed job's error in its table: store the class, code and id only,
      // never a failed query's text and parameters (an import's encrypted passwords).
      const s = logError('bulk job', e);
      throw new Error(`Bulk request ${job.data.requestId} stopped: ${s.kind}, error ${s.id}; it is retried.`);
    }
  });
  await startMigrationReverts(handle, boss, opts.now ?? (() => new Date()));
  const every = opts.sweepEveryMs ?? 120_000;
  const timer =
    every > 0
      ? setInterval(() => sweepBulkRequests(handle.db, boss, { soleOwner: false, graceMs: SWEEP_GRACE_MS }).catch((e) => logError('bulk sweep', e)), every)
      : undefined;
  timer?.unref();
  return () => timer && clearInterval(timer);
}
