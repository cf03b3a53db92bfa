import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import { registeredChecks } from '../checks/registry';
import type { PickerOption } from '../checks/pickers';
import type { CheckStatus } from '../checks/types';
import type { Scope } from '../auth/scope';
import { redact } from '../audit/record';
import { now } from '../server/clock';
import { capPerKey, exposition, type Family } from './exposition';
import { runCounts } from './run-counts';
import { SWEEP_LIMIT, sweepInput, sweepShape, sweptRecords, type SweptKind } from './swept-records';

/**
 * Status as a number: 0 ok, 1 warn, 2 fail. One gauge per check (or per swept record), so that
 * `omni_check_status == 2` is exactly the failing entries of the health dashboard.
 */
export const STATUS_VALUE: Record<CheckStatus, number> = { ok: 0, warn: 1, fail: 2 };
const ALERT_STATES = ['normal', 'pending', 'firing', 'flapping'] as const;
const DELIVERY_OUTCOMES = ['sent', 'failed'] as const;

/** What /metrics looks up: a check's own run (input `{}`), or one swept record's run (input `{queueId: 3}`). */
interface Target {
  checkId: string;
  recordKind?: SweptKind;
  recordId?: string;
  /** The input exactly as runCheck stores it (redacted), whose latest run is the current result. */
  input: unknown;
}

/** The latest stored run of one target. */
export interface LatestRun {
  checkId: string;
  recordKind?: string;
  recordId?: string;
  status: CheckStatus;
  durationMs: number;
  /** Unix time in seconds. */
  at: number;
}

/** Everything /metrics says, read from the database in one query per family. */
export interface MetricsSnapshot {
  latest: LatestRun[];
  totals: { checkId: string; status: string; n: number }[];
  registered: number;
  rules: { ruleId: number; enabled: boolean; states: Partial<Record<(typeof ALERT_STATES)[number], number>> }[];
  deliveries: Partial<Record<'queued' | 'sent' | 'failed', number>>;
  /** Unix time in seconds (the app clock): run ages are measured from it. */
  now: number;
}

/**
 * The dashboard's targets for a caller's scope: every no-input check once, and every check that
 * needs one queue, mailbox or survey once per record of the first SWEEP_LIMIT of that kind (the same
 * records, in the same order, as the dashboard's sweep: src/health/swept-records.ts).
 */
async function targets(db: Db, scope: Scope): Promise<Target[]> {
  const records = new Map<SweptKind, Promise<PickerOption[]>>();
  const out: Target[] = [];
  for (const def of registeredChecks) {
    const shape = sweepShape(def);
    if (shape.mode === 'own') out.push({ checkId: def.id, input: redact(shape.input) });
    if (shape.mode !== 'sweep') continue;
    if (!records.has(shape.kind)) records.set(shape.kind, sweptRecords(db, scope, shape.kind));
    for (const r of await records.get(shape.kind)!) {
      const input = sweepInput(def, shape.field, r.id);
      if (input !== undefined) out.push({ checkId: def.id, recordKind: shape.kind, recordId: String(r.id), input: redact(input) });
    }
  }
  return out;
}

/** The latest run of each target: one query, one backward scan of check_runs_check_input_at_idx per target. */
async function latestRuns(db: Db, list: Target[]): Promise<LatestRun[]> {
  if (!list.length) return [];
  const values = sql.join(
    list.map((t, i) => sql`(${i}::int, ${t.checkId}::text, md5(${JSON.stringify(t.input ?? {})}::jsonb::text))`),
    sql`, `,
  );
  const rows = await queryRows<{ i: number; status: CheckStatus; duration_ms: number; at: string }>(
    db,
    sql`select v.i, r.status, r.duration_ms, extract(epoch from r.at)::float8::text as at
        from (values ${values}) as v(i, check_id, digest)
        cross join lateral (
          select c.status, c.duration_ms, c.at from check_runs c
          where c.check_id = v.check_id and md5(c.input::text) = v.digest
          order by c.at desc limit 1) r
        order by v.i`,
  );
  return rows.map((r) => {
    const t = list[Number(r.i)];
    return { checkId: t.checkId, recordKind: t.recordKind, recordId: t.recordId, status: r.status, durationMs: Number(r.duration_ms), at: Number(r.at) };
  });
}

/** Reads the snapshot /metrics renders, for a caller's scope (the monitor's: every record). */
export async function readMetrics(db: Db, scope: Scope, at: Date = now()): Promise<MetricsSnapshot> {
  const [latest, totals, states, deliveries] = await Promise.all([
    targets(db, scope).then((list) => latestRuns(db, list)),
    runCounts(db),
    queryRows<{ rule_id: number; enabled: boolean; state: string | null; n: number }>(
      db,
      sql`select r.id as rule_id, r.enabled, s.state, count(s.id)::int as n
          from alert_rules r left join alert_states s on s.rule_id = r.id
          group by r.id, r.enabled, s.state order by r.id`,
    ),
    queryRows<{ status: string; n: number }>(db, sql`select status, count(*)::int as n from alert_deliveries group by status`),
  ]);
  const rules = new Map<number, MetricsSnapshot['rules'][number]>();
  for (const s of states) {
    const rule = rules.get(Number(s.rule_id)) ?? { ruleId: Number(s.rule_id), enabled: s.enabled, states: {} };
    rules.set(rule.ruleId, rule);
    if (s.state) rule.states[s.state as (typeof ALERT_STATES)[number]] = Number(s.n);
  }
  return {
    latest,
    totals,
    registered: registeredChecks.length,
    rules: [...rules.values()],
    deliveries: Object.fromEntries(deliveries.map((d) => [d.status, Number(d.n)])),
    now: at.getTime() / 1000,
  };
}

/**
 * The families of a snapshot. A check's own result is labelled `check` only; a swept record's adds
 * `record_kind` (queue, mailbox, survey) and `record_id` (the record's id, never its name: names
 * change, may be personal, and would grow the series without bound). At most SWEEP_LIMIT records
 * per check (the dashboard's bound), so the number of series is bounded by the registered checks.
 */
export function metricFamilies(s: MetricsSnapshot): Family[] {
  const latest = capPerKey(s.latest, (r) => r.checkId, SWEEP_LIMIT);
  const labels = (r: LatestRun) => ({ check: r.checkId, record_kind: r.recordKind, record_id: r.recordId });
  const per = (name: string, help: string, value: (r: LatestRun) => number): Family => ({
    name,
    help,
    type: 'gauge',
    samples: latest.map((r) => ({ labels: labels(r), value: value(r) })),
  });
  return [
    per(
      'omni_check_status',
      'Latest stored status of a check (no input) or of one record a check sweeps (record_kind, record_id): 0 ok, 1 warn, 2 fail.',
      (r) => STATUS_VALUE[r.status],
    ),
    per('omni_check_up', '1 when the latest run of the check (or record) did not fail.', (r) => (r.status === 'fail' ? 0 : 1)),
    per('omni_check_duration_seconds', 'Duration of the latest run of the check (or record).', (r) => r.durationMs / 1000),
    per('omni_check_last_run_timestamp_seconds', 'When the latest run of the check (or record) happened (Unix time).', (r) => r.at),
    per('omni_check_last_run_age_seconds', 'Seconds since the latest run of the check (or record), on the server clock.', (r) => Math.max(0, s.now - r.at)),
    {
      name: 'omni_check_runs_total',
      help: 'Stored runs of the check by status.',
      type: 'counter',
      samples: s.totals.map((t) => ({ labels: { check: t.checkId, status: t.status }, value: t.n })),
    },
    { name: 'omni_checks_registered', help: 'Live checks this installation serves.', type: 'gauge', samples: [{ labels: {}, value: s.registered }] },
    {
      name: 'omni_alert_state',
      help: 'Records of an alert rule in each state (normal, pending, firing, flapping).',
      type: 'gauge',
      samples: s.rules.flatMap((r) => ALERT_STATES.map((state) => ({ labels: { rule: r.ruleId, state }, value: r.states[state] ?? 0 }))),
    },
    {
      name: 'omni_alert_rule_enabled',
      help: '1 when the alert rule is enabled.',
      type: 'gauge',
      samples: s.rules.map((r) => ({ labels: { rule: r.ruleId }, value: r.enabled ? 1 : 0 })),
    },
    {
      name: 'omni_alert_deliveries_total',
      help: 'Alert deliveries that ended, by outcome: sent, or failed after the last retry.',
      type: 'counter',
      samples: DELIVERY_OUTCOMES.map((outcome) => ({ labels: { outcome }, value: s.deliveries[outcome] ?? 0 })),
    },
    {
      name: 'omni_alert_deliveries_queued',
      help: 'Alert deliveries waiting to be sent or retried.',
      type: 'gauge',
      samples: [{ labels: {}, value: s.deliveries.queued ?? 0 }],
    },
  ];
}

/**
 * Prometheus text exposition of the latest stored result of everything the health dashboard shows
 * (runs happen on /api/health, the dashboard, the articles and the alert sweep; scraping runs no
 * check), plus the alert states and deliveries.
 */
export async function renderMetrics(db: Db, scope: Scope): Promise<string> {
  return exposition(metricFamilies(await readMetrics(db, scope)));
}
