import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { registeredChecks } from '../checks/registry';

const STATUS_VALUE = { ok: 0, warn: 1, fail: 2 } as const;
const label = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/**
 * Prometheus text exposition of the latest stored run of every registered check (runs happen on
 * /api/health, the dashboard and the articles; scraping does not run checks).
 */
export async function renderMetrics(db: Db): Promise<string> {
  const latest = await queryRows<{ check_id: string; status: 'ok' | 'warn' | 'fail'; duration_ms: number; at: string }>(
    db,
    sql`select distinct on (check_id) check_id, status, duration_ms, extract(epoch from at)::float8::text as at from check_runs order by check_id, at desc`,
  );
  const totals = await queryRows<{ check_id: string; status: string; n: number }>(
    db,
    sql`select check_id, status, count(*)::int as n from check_runs group by check_id, status order by check_id, status`,
  );
  const byId = new Map(latest.map((r) => [r.check_id, r]));
  const lines: string[] = ['# HELP omni_check_status Latest status of a live check: 0 ok, 1 warn, 2 fail.', '# TYPE omni_check_status gauge'];
  const known = registeredChecks.filter((c) => byId.has(c.id));
  for (const c of known) lines.push(`omni_check_status{check="${label(c.id)}"} ${STATUS_VALUE[byId.get(c.id)!.status]}`);
  lines.push('# HELP omni_check_up 1 when the latest run of the check did not fail.', '# TYPE omni_check_up gauge');
  for (const c of known) lines.push(`omni_check_up{check="${label(c.id)}"} ${byId.get(c.id)!.status === 'fail' ? 0 : 1}`);
  lines.push('# HELP omni_check_duration_seconds Duration of the latest run of the check.', '# TYPE omni_check_duration_seconds gauge');
  for (const c of known) lines.push(`omni_check_duration_seconds{check="${label(c.id)}"} ${(byId.get(c.id)!.duration_ms / 1000).toFixed(3)}`);
  lines.push(
    '# HELP omni_check_last_run_timestamp_seconds When the latest run of the check happened (Unix time).',
    '# TYPE omni_check_last_run_timestamp_seconds gauge',
  );
  for (const c of known) lines.push(`omni_check_last_run_timestamp_seconds{check="${label(c.id)}"} ${Number(byId.get(c.id)!.at).toFixed(3)}`);
  lines.push('# HELP omni_check_runs_total Stored runs of the check by status.', '# TYPE omni_check_runs_total counter');
  for (const r of totals) lines.push(`omni_check_runs_total{check="${label(r.check_id)}",status="${label(r.status)}"} ${r.n}`);
  lines.push(
    '# HELP omni_checks_registered Live checks this installation serves.',
    '# TYPE omni_checks_registered gauge',
    `omni_checks_registered ${registeredChecks.length}`,
  );
  return lines.join('\n') + '\n';
}
