import { healthText } from '../i18n/health-story';
import { perLang } from '../i18n/localized';
import type { Db } from '../db/client';
import type { SessionUser } from '../auth/session';
import { runCheck, type RunOutcome, type RunRecord } from '../checks/runner';
import { checksFor, registeredChecks } from '../checks/registry';
import { pickerOptions } from '../checks/pickers';
import { loadScope } from '../auth/scope';
import type { CheckDefinition, CheckStatus, Finding, PickerKind } from '../checks/types';
import { CheckRefusal } from '../checks/lib/errors';

/** A run, or a sweep's combined entry (no single run id: each record's run is stored on its own), or a skipped check. */
export type HealthEntry = (Omit<RunRecord, 'runId' | 'outcome'> & { runId?: number; outcome?: RunOutcome }) | { checkId: string; skipped: true };

export interface HealthReport {
  status: CheckStatus;
  checks: HealthEntry[];
}

/** Record kinds the dashboard sweeps: a check whose only required input is one of these runs once per record. */
export const sweepable: PickerKind[] = ['queue', 'mailbox', 'survey'];
/** At most this many records per swept check, so a dashboard load stays bounded. */
export const SWEEP_LIMIT = 25;

/**
 * The one record field a check is swept over (its only required input, a queue, a mailbox or a
 * survey), or undefined when it takes no input or needs more than that. The alert sweep uses it too.
 */
export function sweepField(def: CheckDefinition): CheckDefinition['fields'][number] | undefined {
  if (def.input.safeParse({}).success) return undefined;
  const required = def.fields.filter((f) => !f.optional);
  return required.length === 1 && sweepable.includes(required[0].kind) ? required[0] : undefined;
}

const worst = (statuses: CheckStatus[]): CheckStatus => (statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'ok');

/**
 * One record's line of a swept check: the run's summary and, when something is wrong, the worst
 * finding's message and the article section that fixes it (so the dashboard says what to do).
 */
function sweptFinding(run: RunRecord, record: NonNullable<Finding['record']>): Finding {
  const worstFinding =
    run.status === 'ok' ? undefined : (run.findings.find((f) => f.status === run.status && f.fix) ?? run.findings.find((f) => f.status === run.status));
  if (!worstFinding) return { status: run.status, message: run.summary, record };
  return {
    status: run.status,
    message: perLang((lang) => `${run.summary[lang]} ${worstFinding.message[lang]}`),
    record,
    ...(worstFinding.fix ? { fix: worstFinding.fix } : {}),
  };
}

/**
 * Runs a check that needs one record once per record (up to SWEEP_LIMIT), each run stored like any
 * other; the entry shows one finding per record with that run's summary, and the worst status.
 */
async function sweep(def: CheckDefinition, field: CheckDefinition['fields'][number], db: Db, user: SessionUser, ip?: string): Promise<HealthEntry> {
  const started = performance.now();
  const records = await pickerOptions(db, await loadScope(db, user), field.kind as 'queue' | 'mailbox' | 'survey', '', SWEEP_LIMIT);
  const runs: { label: string; id: number | string; run: RunRecord }[] = [];
  for (const r of records) {
    const input = def.input.safeParse({ [field.name]: r.id });
    if (!input.success) continue;
    try {
      runs.push({ label: r.label, id: r.id, run: await runCheck(def, { db, user, input: input.data, ip }) });
    } catch (e) {
      if (!(e instanceof CheckRefusal)) throw e; // out of the caller's reach: not theirs to see
    }
  }
  if (runs.length === 0) return { checkId: def.id, skipped: true };
  const findings: Finding[] = runs.map(({ label, id, run }) => sweptFinding(run, { kind: field.kind, id, label }));
  const counts = (s: CheckStatus) => runs.filter((r) => r.run.status === s).length;
  return {
    checkId: def.id,
    status: worst(runs.map((r) => r.run.status)),
    summary: healthText.l('sweep.summary', { n: runs.length, ok: counts('ok'), warn: counts('warn'), fail: counts('fail') }),
    findings,
    durationMs: Math.round(performance.now() - started),
    at: new Date().toISOString(),
  };
}

/**
 * Runs in parallel every registered check the caller may run (all of them for the monitor): a
 * check that needs no input runs once; with `sweep` (the dashboard), one whose only required input
 * is a queue, a mailbox or a survey runs for each of those records; a check that needs several
 * inputs is listed as skipped. Monitors do not sweep: a queue closed on purpose must not page anyone.
 */
export async function runAllChecks(db: Db, user: SessionUser, opts: { ip?: string; all?: boolean; sweep?: boolean } = {}): Promise<HealthReport> {
  const defs = opts.all ? registeredChecks : checksFor(user.permissions);
  const checks = await Promise.all(
    defs.map(async (def): Promise<HealthEntry> => {
      const input = def.input.safeParse({});
      if (input.success) return runCheck(def, { db, user, input: input.data, ip: opts.ip });
      const field = sweepField(def);
      if (opts.sweep && field) return sweep(def, field, db, user, opts.ip);
      return { checkId: def.id, skipped: true };
    }),
  );
  const status = worst(checks.flatMap((c) => ('status' in c ? [c.status] : [])));
  return { status, checks };
}
