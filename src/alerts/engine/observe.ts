import type { AlertRecordSelector } from '@/db/schema';
import type { RunOutcome } from '@/checks/runner';
import type { CheckStatus, Finding, Localized } from '@/checks/types';
import { worstStatus } from '@/checks/lib/localized';
import { alertTargets, recordKeyOf, ruleKindOfFinding } from './targets';

/** A stored run as the engine reads it (a fresh RunRecord or a check_runs row). */
export interface RunView {
  runId: number;
  status: CheckStatus;
  outcome: RunOutcome;
  summary: Localized;
  findings: Finding[];
  at: Date;
}

/** What one run says about one watched record. */
export interface Observation {
  recordKey: string;
  recordLabel: string | null;
  status: CheckStatus;
  outcome: RunOutcome;
  runId: number;
  summary: Localized;
  /** The findings about this record (all of the run's for `own` and swept records). */
  findings: Finding[];
  at: Date;
}

/** The runs of one check in one sweep: its single run (no input), or one per swept record (`<kind>:<id>`). */
export interface CheckRunSet {
  checkId: string;
  own?: RunView;
  records: Map<string, { label: string; run: RunView }>;
}

/** One watched record in one sweep: its observation, or null when this sweep has none (only the timers move). */
export interface Watched {
  recordKey: string;
  recordLabel: string | null;
  observation: Observation | null;
}

const whole = (key: string, label: string | null, run: RunView): Observation => ({
  recordKey: key,
  recordLabel: label,
  status: run.status,
  outcome: run.outcome,
  runId: run.runId,
  summary: run.summary,
  findings: run.findings,
  at: run.at,
});

/** The part of a no-input run about one record: the worst of its findings (none: nothing wrong, ok). */
function fromFindings(key: string, run: RunView): Observation {
  const about = run.findings.filter((f) => f.record && recordKeyOf(ruleKindOfFinding(f.record.kind), f.record.id) === key);
  const label = about[0]?.record?.label ?? null;
  const status: CheckStatus = run.outcome !== 'result' ? run.status : about.length ? worstStatus(about) : 'ok';
  return { ...whole(key, label, run), status, findings: run.outcome !== 'result' ? run.findings : about };
}

/** The records a no-input run names, of the kinds a rule may watch. */
function findingKeys(run: RunView, kinds: string[]): string[] {
  const keys = new Set<string>();
  for (const f of run.findings)
    if (f.record && kinds.includes(ruleKindOfFinding(f.record.kind))) keys.add(recordKeyOf(ruleKindOfFinding(f.record.kind), f.record.id));
  return [...keys];
}

/**
 * What a rule watches in one sweep's runs of its check: for `own`, the check's run; for a record
 * of a swept check, that record's run (none when it was not swept: deleted, out of reach); for a
 * record a no-input check reports on, the findings about it (a record a successful run does not
 * name is ok). `every` covers the records of this sweep and those that already have a state
 * (`known`), so a record that disappears still moves on.
 */
export function watchedRecords(checkId: string, selector: AlertRecordSelector, runs: CheckRunSet, known: readonly string[] = []): Watched[] {
  const targets = alertTargets(checkId);
  if (!targets) return [];
  if (selector.mode === 'own') return targets.own ? [{ recordKey: 'own', recordLabel: null, observation: runs.own ? whole('own', null, runs.own) : null }] : [];
  const keys = selector.mode === 'one' ? [recordKeyOf(selector.kind, selector.id)] : [];
  if (selector.mode === 'every') {
    if (targets.by === 'sweep') keys.push(...runs.records.keys());
    else if (targets.by === 'findings' && runs.own) keys.push(...findingKeys(runs.own, targets.kinds));
    for (const k of known) if (k !== 'own' && !keys.includes(k)) keys.push(k);
  }
  return keys.map((key): Watched => {
    if (targets.by === 'sweep') {
      const r = runs.records.get(key);
      return { recordKey: key, recordLabel: r?.label ?? null, observation: r ? whole(key, r.label, r.run) : null };
    }
    if (targets.by === 'findings' && runs.own) {
      const o = fromFindings(key, runs.own);
      return { recordKey: key, recordLabel: o.recordLabel, observation: o };
    }
    return { recordKey: key, recordLabel: null, observation: null };
  });
}
