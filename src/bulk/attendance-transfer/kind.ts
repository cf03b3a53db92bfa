import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { registerBulkKind } from '../registry';
import { queryRows } from '../../db/rows';
import { reasonOf } from '../../i18n/attendance-transfer';
import { transferProblems } from './diagnose';

export const ATTENDANCE_TRANSFER = 'attendance-transfer';

/** One attendance to move, as stored in bulk_items.payload. */
export const transferPayload = z.object({
  /** The attendance to transfer. */
  attendanceId: z.number().int().positive(),
  /** The agent seen holding it at preview; the move only happens if it still holds it. */
  fromAgentId: z.number().int().positive().nullable(),
  /** The operator who receives it. */
  toAgentId: z.number().int().positive(),
});
export type TransferPayload = z.infer<typeof transferPayload>;

/**
 * Attendance transfer: each attendance in its own transaction. ONE conditional statement moves
 * it only if it is still in attendance with the agent seen at preview, not expired, and the
 * target is active and associated to its service, and appends the `transferred` event. When it
 * changes no row, nothing was written and the reason is read back.
 */
export const attendanceTransferKind = registerBulkKind({
  kind: ATTENDANCE_TRANSFER,
  permission: 'manage:attendance-transfer',
  payload: transferPayload,
  async apply(tx, ctx, p) {
    const at = ctx.now().toISOString();
    const moved = await queryRows<{ id: number }>(tx, sql`
      with moved as (
        update attendances a set agent_id = ${p.toAgentId}
        where a.id = ${p.attendanceId} and a.status = 'in_attendance' and a.agent_id = ${p.fromAgentId} and a.agent_id <> ${p.toAgentId}
          and a.service_id = ${ctx.request.serviceId}
          and (a.expires_at is null or a.expires_at > ${at}::timestamptz)
          and exists (select 1 from users u join user_service_links l on l.user_id = u.id and l.service_id = a.service_id where u.id = ${p.toAgentId} and u.active)
        returning a.id)
      insert into interaction_events (attendance_id, type, at, by_user_id, from_agent_id, to_agent_id, request_id)
      select id, 'transferred', ${at}::timestamptz, ${ctx.request.requestedBy}, ${p.fromAgentId}, ${p.toAgentId}, ${ctx.request.id} from moved
      returning id`);
    if (moved.length > 0) return { state: 'applied' };
    const reason = (await transferProblems(tx, [p], ctx.now())).get(p.attendanceId) ?? 'reason.moved';
    return { state: 'failed', reason: reasonOf(reason) };
  },
});
