import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';
import type { BulkRequest } from '@/db/schema';
import { closureText } from '@/i18n/queue-closure';
import { failedItems } from '../status';
import type { ProblemRow } from '../types';
import { closureRange } from './input';

const reason = closureText.notQueued;

/**
 * The attendances a closure did not close because they had left the queue ("já não estavam na
 * fila"), found from their state and history since no snapshot of ids is kept: attendances of the
 * request's range (its service, id up to `upToId`, created before the request) that
 * - are in attendance, picked up at or after the request (`started_at`), or
 * - have a `finished` event at or after the request written by someone else (an operator, another
 *   request), and had not been picked up before the request.
 * Their number is exact (`total`, counted when the request was made, minus what it closed); this
 * list holds those the timestamps and events show, in id order, at most `limit`: one whose state
 * was changed without a `finished` event (outside the CRM's own paths) is counted but not listed.
 * A closure that ended before migration 0012 kept its ids in bulk_items: those list it, as before.
 */
export async function leftTheQueue(db: Db, request: BulkRequest, limit: number): Promise<ProblemRow[]> {
  if (request.state === 'waiting' || request.state === 'cancelled') return [];
  if (request.state === 'done' && !((request.result as { skipped?: number } | null)?.skipped ?? 0)) return [];
  const range = closureRange(request.input);
  if (!range) return failedItems(db, request.id, limit);
  const { serviceId, upToId } = range;
  const at = request.createdAt.toISOString();
  const rows = await queryRows<{ item_key: string; label: string }>(
    db,
    sql`
    select id::text as item_key, protocol as label from (
      select a.id, a.protocol from attendances a
      where a.service_id = ${serviceId} and a.status = 'in_attendance' and a.id <= ${upToId}
        and a.created_at <= ${at}::timestamptz and a.started_at >= ${at}::timestamptz
      union all
      select a.id, a.protocol from interaction_events e join attendances a on a.id = e.attendance_id
      where e.type = 'finished' and e.at >= ${at}::timestamptz and e.request_id is distinct from ${request.id}
        and a.service_id = ${serviceId} and a.id <= ${upToId} and a.created_at <= ${at}::timestamptz
        and (a.started_at is null or a.started_at >= ${at}::timestamptz)) gone
    order by id limit ${limit}`,
  );
  return rows.map((r) => ({ itemKey: r.item_key, label: r.label, state: 'skipped', reason }));
}
