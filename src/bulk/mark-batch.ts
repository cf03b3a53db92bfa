import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { BatchItem, BatchOutcome } from './types';

/**
 * Marks a batch's items inside the transaction that applied them. The items not applied first,
 * grouped by outcome (a batch has few distinct reasons), by id; then every item of the batch
 * still pending is the applied rest, marked by the batch's `seq` range together with the
 * request's counts in one statement. Only the batch's own items can be marked, whatever ids the
 * kind returned: every update ANDs the request id and the seq range (`items` come in seq order),
 * which also keeps a walk of the (request_id, seq) index to the batch when the planner, knowing
 * nothing of a new request's id, prefers it to the primary key.
 */
export async function markBatch(tx: Db, requestId: string, items: BatchItem[], outcome: BatchOutcome, at: Date): Promise<void> {
  const first = items[0].seq;
  const last = items[items.length - 1].seq;
  const returned = new Set(outcome.applied);
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
    await tx.execute(sql`update bulk_items set state = ${g.state}, reason = ${JSON.stringify(g.reason)}::jsonb
      where request_id = ${requestId} and seq between ${first} and ${last} and id = any(${`{${g.ids.join(',')}}`}::bigint[])`);
    if (g.state === 'failed') failed += g.ids.length;
  }
  await tx.execute(sql`
    with applied as (
      update bulk_items set state = 'applied', applied_at = ${at.toISOString()}::timestamptz
      where request_id = ${requestId} and seq between ${first} and ${last} and state = 'pending')
    update bulk_requests set processed = processed + ${items.length}, failed = failed + ${failed}, updated_at = ${at.toISOString()}::timestamptz
    where id = ${requestId}`);
}
