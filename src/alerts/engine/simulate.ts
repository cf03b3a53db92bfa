import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { alertContacts, alertSilences, checkRuns, type AlertRule, type CheckRun } from '@/db/schema';
import { getCheck } from '@/checks/registry';
import { sweepField } from '@/health/swept-records';
import { sentEventKinds, type AlertEventKind } from '@/alerts/types';
import { advance, initialState, verdictOf, type MachineState } from './machine';
import { watchedRecords, type CheckRunSet, type RunView } from './observe';
import { insideGrid, loadGrids, matchingSilences, orgTimeZone } from './context';
import { recipients } from './apply';
import { recordKeyOf } from './targets';

/** How many stored runs (per watched record) a simulation replays. */
export const SIMULATION_RUNS = 50;

/** A rule as a simulation takes it: a saved rule's fields, or a form's before it is saved (defaults as the table's). */
export type SimulationRule = Pick<AlertRule, 'checkId' | 'record' | 'contactId'> &
  Partial<
    Pick<
      AlertRule,
      | 'id'
      | 'minStatus'
      | 'pendingRuns'
      | 'recoverRuns'
      | 'repeatMinutes'
      | 'maxRepeats'
      | 'escalateContactId'
      | 'escalateAfterMinutes'
      | 'onError'
      | 'flapWindow'
      | 'flapTransitions'
      | 'gridId'
    >
  >;

/** One event the rule would have written, at the moment of the run that caused it. */
export interface SimulatedEvent {
  at: string;
  kind: AlertEventKind;
  recordKey: string;
  recordLabel: string | null;
  runId: number;
  /** Would it have gone out (a sent kind, not suppressed or `pending`), and to which of the contacts as they are now (enabled ones). */
  sent: boolean;
  contactIds: number[];
  repeat?: number;
  escalatedAfterMinutes?: number;
  suppressed?: AlertEventKind;
}

export interface Simulation {
  /** How many stored runs were replayed, and the first and last one's moment. */
  runs: number;
  from: string | null;
  to: string | null;
  events: SimulatedEvent[];
}

const withDefaults = (r: SimulationRule) => ({
  minStatus: 'fail' as const,
  pendingRuns: 2,
  recoverRuns: 2,
  repeatMinutes: null,
  maxRepeats: 3,
  escalateContactId: null,
  escalateAfterMinutes: null,
  onError: 'keep' as const,
  flapWindow: 10,
  flapTransitions: 4,
  gridId: null,
  id: 0,
  ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
  checkId: r.checkId,
  record: r.record,
  contactId: r.contactId,
});

const view = (r: CheckRun): RunView => ({ runId: r.id, status: r.status, outcome: r.outcome, summary: r.summary, findings: r.findings, at: r.at });

/** The last stored runs of the rule's check that it watches, oldest first, grouped into sweep-like sets. */
async function storedRuns(db: Db, rule: SimulationRule): Promise<CheckRunSet[]> {
  const def = getCheck(rule.checkId)!;
  const field = sweepField(def);
  if (!field) {
    const rows = await db
      .select()
      .from(checkRuns)
      .where(and(eq(checkRuns.checkId, rule.checkId), sql`coalesce(${checkRuns.input}, '{}'::jsonb) = '{}'::jsonb`))
      .orderBy(desc(checkRuns.at), desc(checkRuns.id))
      .limit(SIMULATION_RUNS);
    return rows.reverse().map((r) => ({ checkId: rule.checkId, own: view(r), records: new Map() }));
  }
  const key = field.name;
  const only = rule.record.mode === 'one' ? sql`and ${checkRuns.input} ->> ${key} = ${String(rule.record.id)}` : sql``;
  const rows = await db.execute(sql`
    select id from (
      select id, row_number() over (partition by input ->> ${key} order by at desc, id desc) as n
        from check_runs where check_id = ${rule.checkId} and input ? ${key} ${only}) r
     where n <= ${SIMULATION_RUNS}`);
  const ids = ((Array.isArray(rows) ? rows : (rows as { rows: { id: number }[] }).rows) as { id: number | string }[]).map((r) => Number(r.id));
  if (!ids.length) return [];
  const runs = await db.select().from(checkRuns).where(inArray(checkRuns.id, ids)).orderBy(checkRuns.at, checkRuns.id);
  return runs.map((r) => {
    const recordId = (r.input as Record<string, unknown> | null)?.[key];
    const label = r.findings.find((f) => f.record && String(f.record.id) === String(recordId))?.record?.label ?? String(recordId);
    return { checkId: rule.checkId, records: new Map([[recordKeyOf(field.kind, String(recordId)), { label, run: view(r) }]]) };
  });
}

/**
 * Replays the last stored runs of a rule's check (up to SIMULATION_RUNS per watched record, oldest
 * first) through the state machine from a normal state, with the grid and the silences as they
 * were at each run's moment, and returns every event it would have written: what would have been
 * sent, to whom, and when. Writes nothing. `now` bounds the runs replayed (none after it).
 */
export async function simulateRule(db: Db, input: SimulationRule, now: Date): Promise<Simulation> {
  const rule = withDefaults(input);
  if (!getCheck(rule.checkId)) return { runs: 0, from: null, to: null, events: [] };
  const [sets, contacts, silences, grids, timeZone] = await Promise.all([
    storedRuns(db, rule),
    db.select().from(alertContacts),
    db
      .select()
      .from(alertSilences)
      .where(rule.id ? or(isNull(alertSilences.ruleId), eq(alertSilences.ruleId, rule.id)) : isNull(alertSilences.ruleId)),
    loadGrids(db, rule.gridId ? [rule.gridId] : []),
    orgTimeZone(db),
  ]);
  const contactMap = new Map(contacts.map((c) => [c.id, c]));
  const states = new Map<string, MachineState>();
  const events: SimulatedEvent[] = [];
  const replayed = sets.filter((s) => (s.own?.at ?? [...s.records.values()][0]?.run.at) <= now);
  for (const set of replayed) {
    for (const w of watchedRecords(rule.checkId, rule.record, set, [])) {
      const obs = w.observation;
      if (!obs) continue;
      const at = obs.at;
      const active = matchingSilences(silences, rule.id, w.recordKey).filter(
        (s) => s.startsAt <= at && (!s.endsAt || s.endsAt > at) && (!s.endedAt || s.endedAt > at),
      );
      const ctx = {
        silenced: active.length > 0,
        untilGreen: active.length > 0 && active.every((s) => s.untilGreen),
        insideWindow: insideGrid(rule.gridId ? grids.get(rule.gridId) : undefined, at, timeZone),
      };
      const prev = states.get(w.recordKey) ?? initialState(at);
      const { state, events: out } = advance(prev, rule, verdictOf(obs.status, obs.outcome, rule.minStatus), at, ctx);
      states.set(w.recordKey, state);
      for (const e of out) {
        const contactIds = recipients(e.kind, rule, prev.escalated || state.escalated, contactMap);
        events.push({
          at: at.toISOString(),
          kind: e.kind,
          recordKey: w.recordKey,
          recordLabel: w.recordLabel,
          runId: obs.runId,
          sent: sentEventKinds.includes(e.kind),
          contactIds,
          ...(e.repeat ? { repeat: e.repeat } : {}),
          ...(e.escalatedAfterMinutes !== undefined ? { escalatedAfterMinutes: e.escalatedAfterMinutes } : {}),
          ...(e.suppressed ? { suppressed: e.suppressed } : {}),
        });
      }
    }
  }
  const times = replayed.map((s) => (s.own?.at ?? [...s.records.values()][0].run.at).toISOString());
  return { runs: replayed.length, from: times[0] ?? null, to: times.at(-1) ?? null, events };
}
