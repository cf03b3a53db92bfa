import type { JobWithMetadata, PgBoss } from 'pg-boss';
import type { Db } from '../../db/client';
import type { GuardOptions } from '../../security/outbound-guard';
import { logError } from '../../server/log-error';
import { now as appNow } from '../../server/clock';
import { ALERT_DELIVER_QUEUE, type AlertDeliverJob } from '../types';
import { deliverOnce } from './deliver';
import { deliverySettings, type DeliverySettings } from './settings';

export interface AlertDeliveryWorkerOptions {
  /** Default: from the environment (ALERT_RETRY_LIMIT, ALERT_RETRY_DELAY_SECONDS, …), read at each attempt. */
  settings?: () => DeliverySettings;
  now?: () => Date;
  guard?: GuardOptions;
}

/** The queue's retry policy: `retryLimit` retries, exponential backoff from `retryDelaySeconds` up to 15 minutes. */
export function deliverQueueOptions(s: Pick<DeliverySettings, 'retryLimit' | 'retryDelaySeconds' | 'timeoutMs'>) {
  const backoff = s.retryDelaySeconds > 0;
  return {
    retryLimit: s.retryLimit,
    retryDelay: s.retryDelaySeconds,
    retryBackoff: backoff,
    ...(backoff ? { retryDelayMax: 900 } : {}),
    // An attempt is bounded by the send timeout; pg-boss takes the job back only well after it.
    expireInSeconds: Math.ceil(s.timeoutMs / 1000) * 3 + 60,
  };
}

/**
 * Creates (or updates) the `alert-deliver` queue with the retry policy and starts its worker: one
 * attempt per job (src/alerts/delivery/deliver.ts); an attempt that failed and has retries left
 * throws, so pg-boss retries the job with backoff; the last one marks the delivery failed.
 */
export async function registerAlertDelivery(boss: PgBoss, db: Db, opts: AlertDeliveryWorkerOptions = {}): Promise<void> {
  const settings = opts.settings ?? (() => deliverySettings());
  const policy = deliverQueueOptions(settings());
  if (await boss.getQueue(ALERT_DELIVER_QUEUE)) await boss.updateQueue(ALERT_DELIVER_QUEUE, policy);
  else await boss.createQueue(ALERT_DELIVER_QUEUE, policy);
  await boss.work(
    ALERT_DELIVER_QUEUE,
    { includeMetadata: true, localConcurrency: 4, pollingIntervalSeconds: 1 },
    async ([job]: JobWithMetadata<AlertDeliverJob>[]) => {
      const deliveryId = Number(job.data?.deliveryId);
      if (!Number.isSafeInteger(deliveryId)) return;
      let r;
      try {
        r = await deliverOnce(
          db,
          deliveryId,
          { retryCount: job.retryCount, retryLimit: job.retryLimit },
          { settings: settings(), now: opts.now ?? appNow, guard: opts.guard },
        );
      } catch (e) {
        const s = logError('alert delivery', e);
        throw new Error(`Alert delivery ${deliveryId} stopped: ${s.kind}, error ${s.id}; it is retried.`);
      }
      if (r.result === 'retry') throw new Error(`Alert delivery ${deliveryId} attempt ${job.retryCount + 1} failed: ${r.reply}; it is retried.`);
    },
  );
}
