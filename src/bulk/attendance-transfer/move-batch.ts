import { sql } from 'drizzle-orm';
import { queryRows } from '@/db/rows';
import type { RunContext, Tx } from '../types';

/** One attendance of a batch: the attendance, the agent seen holding it at preview, the target. */
export interface TransferMove {
  attendanceId: number;
  fromAgentId: number | null;
  toAgentId: number;
}

const ints = (xs: (number | null)[]) => `{${xs.map((x) => (x == null ? 'NULL' : String(x))).join(',')}}`;

/**
 * Moves a batch of attendances with ONE statement: each moves only if it is still in attendance
 * with the agent seen at preview, in the request's service, not expired, and its target is
 * active and associated to that service; each one moved gets its `transferred` event (the
 * request id, who asked, from, to). Returns the ids of the attendances moved; the others were
 * left untouched, and their reason is read afterwards.
 */
export async function moveBatch(tx: Tx, ctx: RunContext, moves: TransferMove[]): Promise<Set<number>> {
  if (moves.length === 0) return new Set();
  const at = ctx.now().toISOString();
  const [row] = await queryRows<{ moved: string }>(
    tx,
    sql`
    with batch as (
      select * from unnest(${ints(moves.map((m) => m.attendanceId))}::bigint[], ${ints(moves.map((m) => m.fromAgentId))}::int[], ${ints(moves.map((m) => m.toAgentId))}::int[])
        as b(attendance_id, from_agent_id, to_agent_id)),
    targets as (
      select u.id from users u join user_service_links l on l.user_id = u.id and l.service_id = ${ctx.request.serviceId} where u.active),
    moved as (
      update attendances a set agent_id = b.to_agent_id
      from batch b
      where a.id = b.attendance_id and a.status = 'in_attendance' and a.agent_id = b.from_agent_id and a.agent_id <> b.to_agent_id
        and a.service_id = ${ctx.request.serviceId}
        and (a.expires_at is null or a.expires_at > ${at}::timestamptz)
        and b.to_agent_id in (select id from targets)
      returning a.id, b.from_agent_id, b.to_agent_id),
    events as (
      insert into interaction_events (attendance_id, type, at, by_user_id, from_agent_id, to_agent_id, request_id)
      select id, 'transferred', ${at}::timestamptz, ${ctx.request.requestedBy}, from_agent_id, to_agent_id, ${ctx.request.id} from moved)
    select coalesce(array_agg(id), '{}')::text as moved from moved`,
  );
  // One array value rather than a row per attendance: less for the job to parse.
  return new Set(row.moved.slice(1, -1).split(',').filter(Boolean).map(Number));
}
