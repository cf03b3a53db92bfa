import { healthText } from '../i18n/health-story';
import { perLang } from '../i18n/localized';
import type { Db } from '../db/client';
import type { SessionUser } from '../auth/session';
import { runCheck, type RunOutcome, type RunRecord } from '../checks/runner';
import { checksFor, registeredChecks } from '../checks/registry';
import { loadScope } from '../auth/scope';
import type { CheckDefinition, CheckStatus, Finding } from '../checks/types';
import { CheckRefusal } from '../checks/lib/errors';
import { sweepInput, sweepShape, sweptRecords, type SweptKind } from './swept-records';

/** A run, or a sweep's combined entry (no single run id: each record's run is stored on its own), or a skipped check. */
export type HealthEntry = (Omit<RunRecord, 'runId' | 'outcome'> & { runId?: number; outcome?: RunOutcome }) | { checkId: string; skipped: true };

export interface HealthReport {
  status: CheckStatus;
  checks: HealthEntry[];
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
async function sweep(def: CheckDefinition, field: string, kind: SweptKind, db: Db, user: SessionUser, ip?: string): Promise<HealthEntry> {
  const started = performance.now();
  const records = await sweptRecords(db, await loadScope(db, user), kind);
  const runs: { label: string; id: number | string; run: RunRecord }[] = [];
  for (const r of records) {
    const input = sweepInput(def, field, r.id);
    if (input === undefined) continue;
    try {
      runs.push({ label: r.label, id: r.id, run: await runCheck(def, { db, user, input, ip }) });
    } catch (e) {
      if (!(e instanceof CheckRefusal)) throw e; // out of the caller's reach: not theirs to see
    }
  }
  if (runs.length === 0) return { checkId: def.id, skipped: true };
  const findings: Finding[] = runs.map(({ label, id, run }) => sweptFinding(run, { kind, id, label }));
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
      const shape = sweepShape(def);
      if (shape.mode === 'own') return runCheck(def, { db, user, input: shape.input, ip: opts.ip });
      if (opts.sweep && shape.mode === 'sweep') return sweep(def, shape.field, shape.kind, db, user, opts.ip);
      return { checkId: def.id, skipped: true };
    }),
  );
  const status = worst(checks.flatMap((c) => ('status' in c ? [c.status] : [])));
  return { status, checks };
}
