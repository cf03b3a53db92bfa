import type { PgBoss } from 'pg-boss';
import { ALERT_DELIVER_QUEUE, type AlertDeliverJob } from '@/alerts/types';

/**
 * Sends one `alert-deliver` job per delivery row, data `{ deliveryId }`, after the sweep's
 * transaction committed them (a job never points at a row that is not there). The delivery worker
 * owns the queue and its retry policy; when it has not registered the queue in this process yet,
 * the queue is created with pg-boss's defaults so no committed delivery is left without its job.
 * Returns the job ids.
 */
export async function enqueueDeliveries(boss: PgBoss, deliveryIds: readonly number[]): Promise<string[]> {
  if (!deliveryIds.length) return [];
  if (!(await boss.getQueue(ALERT_DELIVER_QUEUE))) await boss.createQueue(ALERT_DELIVER_QUEUE);
  const jobs = deliveryIds.map((deliveryId) => ({ data: { deliveryId } satisfies AlertDeliverJob, singletonKey: `delivery-${deliveryId}` }));
  return (await boss.insert(ALERT_DELIVER_QUEUE, jobs)) ?? [];
}
