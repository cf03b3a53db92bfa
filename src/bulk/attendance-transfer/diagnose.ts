import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';
import type { TransferTextKey } from '@/i18n/attendance-transfer';

export type TransferReason = Extract<TransferTextKey, `reason.${string}`>;

export interface TransferCheck {
  attendanceId: number;
  /** The agent the supervisor saw holding the attendance (at preview). */
  fromAgentId: number | null;
  toAgentId: number;
}

/**
 * Why an attendance cannot (or could not) be transferred, or null when it can. Used by the
 * preview for every selected attendance and by the job after its conditional update changed no row.
 */
export async function transferProblems(db: Pick<Db, 'execute'>, checks: TransferCheck[], now: Date): Promise<Map<number, TransferReason>> {
  const out = new Map<number, TransferReason>();
  if (checks.length === 0) return out;
  const ids = `{${checks.map((c) => c.attendanceId).join(',')}}`;
  const targets = `{${[...new Set(checks.map((c) => c.toAgentId))].join(',')}}`;
  const rows = await queryRows<{ id: string | number; status: string; agent_id: number | null; service_id: number; expired: boolean }>(
    db,
    sql`select id, status, agent_id, service_id, coalesce(expires_at <= ${now.toISOString()}::timestamptz, false) as expired from attendances where id = any(${ids}::bigint[])`,
  );
  const agents = await queryRows<{ id: number; active: boolean; services: number[] | null }>(
    db,
    sql`select u.id, u.active, array_remove(array_agg(l.service_id), null) as services from users u left join user_service_links l on l.user_id = u.id where u.id = any(${targets}::int[]) group by u.id`,
  );
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const agentById = new Map(agents.map((a) => [a.id, a]));
  for (const c of checks) {
    const a = byId.get(c.attendanceId);
    const target = agentById.get(c.toAgentId);
    let reason: TransferReason | null = null;
    if (!a) reason = 'reason.gone';
    else if (a.status === 'finished') reason = 'reason.finished';
    else if (a.expired) reason = 'reason.expired';
    else if (a.agent_id === c.toAgentId) reason = 'reason.sameAgent';
    else if (a.status !== 'in_attendance' || a.agent_id !== c.fromAgentId) reason = 'reason.moved';
    else if (!target?.active) reason = 'reason.targetInactive';
    else if (!(target.services ?? []).map(Number).includes(a.service_id)) reason = 'reason.targetNotInService';
    if (reason) out.set(c.attendanceId, reason);
  }
  return out;
}
