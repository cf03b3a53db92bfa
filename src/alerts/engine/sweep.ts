import { eq, inArray, sql } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '@/db/client';
import { alertRules, alertStates, scheduledTasks, type AlertRule, type AlertSilence, type AlertState } from '@/db/schema';
import { logError } from '@/server/log-error';
import { ALERT_SWEEP_QUEUE } from '@/alerts/types';
import { activeSilences, advanceContext, endGreenSilences, insideGrid, loadGrids, orgTimeZone, type GridWindow } from './context';
import { applyStates, machineOf, takesVerdict, type StateWork } from './apply';
import { ensureStates, steady } from './batch';
import { runSweepChecks } from './sweep-runs';
import { watchedRecords, type CheckRunSet, type Watched } from './observe';
import { advance, verdictOf } from './machine';
import { enqueueDeliveries } from './enqueue';

export interface SweepOptions {
  /** The pg-boss instance that sends the delivery jobs; without it the deliveries stay queued (tests of the engine alone). */
  boss?: PgBoss;
  /** The sweep interval in seconds (ALERT_SWEEP_SECONDS): a state takes at most one verdict per half of it. Default 60. */
  intervalSec?: number;
}

export interface SweepResult {
  /** Checks run (a swept check counts once) and runs stored. */
  checks: number;
  runs: number;
  /** States written with an event (or more), and states written without one: all in the sweep's one transaction. */
  advanced: number;
  quiet: number;
  events: number;
  deliveryIds: number[];
  durationMs: number;
}

const runsIn = (s: CheckRunSet) => (s.own ? 1 : 0) + s.records.size;

/** The enabled rules, as one promise (a query builder would run again at each `then`). */
const enabledRules = async (db: Db): Promise<AlertRule[]> => db.select().from(alertRules).where(eq(alertRules.enabled, true));

/** What the sweep reads before it advances states: silences in force, grids, the zone they are read in, the rules' states. */
export interface SweepRead {
  silences: AlertSilence[];
  grids: Map<number, GridWindow>;
  timeZone: string;
  states: AlertState[];
}

async function readSweepState(db: Db, rules: AlertRule[], now: Date): Promise<SweepRead> {
  const gridIds = [...new Set(rules.flatMap((r) => (r.gridId ? [r.gridId] : [])))];
  const [silences, grids, timeZone, states] = await Promise.all([
    activeSilences(db, now),
    loadGrids(db, gridIds),
    gridIds.length ? orgTimeZone(db) : 'UTC', // read only when a grid needs it
    rules.length
      ? db
          .select()
          .from(alertStates)
          .where(
            inArray(
              alertStates.ruleId,
              rules.map((r) => r.id),
            ),
          )
      : Promise.resolve([] as AlertState[]),
  ]);
  return { silences, grids, timeZone, states };
}

/**
 * One alert sweep at `now` (the app clock): runs every check the health dashboard runs, as the
 * system, each run stored; advances every enabled rule's states (advanceRules); sends the delivery
 * jobs of the committed deliveries; and records its heartbeat on the `alert-sweep` scheduled task
 * (on failure its error, then rethrows: the heartbeat goes stale), so a stalled alerter turns the
 * scheduler check, and with it /api/health, red.
 */
export async function runSweep(db: Db, now: Date, opts: SweepOptions = {}): Promise<SweepResult> {
  const started = performance.now();
  try {
    // The rules and their states are read while the checks run; the runs come first.
    const rules = enabledRules(db);
    const read = rules.then((r) => readSweepState(db, r, now));
    for (const p of [rules, read]) p.catch(() => {}); // awaited below; a failure there is the sweep's, never an unhandled rejection
    const sets = await runSweepChecks(db, rules, now);
    const result = await advanceRules(db, sets, now, { ...opts, rules: await rules, read: await read });
    if (opts.boss && result.deliveryIds.length) await enqueueDeliveries(opts.boss, result.deliveryIds);
    // The heartbeat, without waiting for the disk flush (as a check run): a database crash could
    // lose the latest one, which only makes the alerter look a sweep older.
    await db.execute(
      sql`with relaxed as (select set_config('synchronous_commit', 'off', true))
          update scheduled_tasks set last_run_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
           where name = ${ALERT_SWEEP_QUEUE} and exists (select 1 from relaxed)`,
    );
    return { ...result, durationMs: Math.round(performance.now() - started) };
  } catch (e) {
    const s = logError(ALERT_SWEEP_QUEUE, e);
    await db
      .update(scheduledTasks)
      .set({ lastError: `${s.kind}, error ${s.id}`.slice(0, 500), lastErrorAt: now, updatedAt: now })
      .where(eq(scheduledTasks.name, ALERT_SWEEP_QUEUE))
      .catch(() => {});
    throw e;
  }
}

/**
 * The second half of a sweep: given one sweep's runs (by check), advances every enabled rule's
 * watched states at `now` and ends the until-green silences that turned green. The machine first
 * decides on what was read; the states it moves (an event to write, or a new streak or timer) are
 * then written in one transaction on their locked rows, where it decides again (applyStates); the
 * many steady states cost nothing. Sends no job (runSweep does, after the commit). Tests drive it
 * with stored runs of their own, and with a stale `read` to play a sweep that lost a race.
 */
export async function advanceRules(
  db: Db,
  sets: Map<string, CheckRunSet>,
  now: Date,
  opts: Pick<SweepOptions, 'intervalSec'> & { rules?: AlertRule[]; read?: SweepRead } = {},
): Promise<SweepResult> {
  const started = performance.now();
  const minGapMs = ((opts.intervalSec ?? 60) * 1000) / 2;
  const rules = opts.rules ?? (await enabledRules(db));
  const { silences, grids, timeZone, states } = opts.read ?? (await readSweepState(db, rules, now));
  const stored = new Map(states.map((s) => [`${s.ruleId}\u0000${s.recordKey}`, s]));
  const byRule = new Map<number, string[]>();
  for (const s of states) byRule.set(s.ruleId, [...(byRule.get(s.ruleId) ?? []), s.recordKey]);
  // What every rule watches in this sweep; the states seen for the first time are created in one statement.
  const watched: { rule: AlertRule; w: Watched }[] = [];
  for (const rule of rules) {
    const set = sets.get(rule.checkId);
    if (set) for (const w of watchedRecords(rule.checkId, rule.record, set, byRule.get(rule.id) ?? [])) watched.push({ rule, w });
  }
  const missing = watched.filter(({ rule, w }) => !stored.has(`${rule.id}\u0000${w.recordKey}`));
  for (const s of await ensureStates(
    db,
    missing.map(({ rule, w }) => ({ ruleId: rule.id, recordKey: w.recordKey, recordLabel: w.recordLabel })),
    now,
  ))
    stored.set(`${s.ruleId}\u0000${s.recordKey}`, s);
  // The machine decides on what was read: only the states it moves are locked and written.
  const inside = new Map<number, boolean>(); // by grid: the same `now` for every state
  const insideWindow = (gridId: number | null) => {
    if (!gridId) return true;
    if (!inside.has(gridId)) inside.set(gridId, insideGrid(grids.get(gridId), now, timeZone));
    return inside.get(gridId)!;
  };
  const work: StateWork[] = [];
  for (const { rule, w } of watched) {
    const snap = stored.get(`${rule.id}\u0000${w.recordKey}`);
    if (!snap) continue; // its rule was deleted during the sweep
    const ctx = advanceContext(silences, rule.id, w.recordKey, insideWindow(rule.gridId));
    const obs = w.observation && takesVerdict(snap, now, minGapMs) ? w.observation : null;
    const verdict = obs ? verdictOf(obs.status, obs.outcome, rule.minStatus) : null;
    const { state: next, events } = advance(machineOf(snap), rule, verdict, now, ctx);
    if (!events.length && steady(machineOf(snap), next)) continue; // nothing worth a write
    work.push({ stateId: snap.id, rule, recordKey: w.recordKey, recordLabel: w.recordLabel, observation: w.observation, ctx });
  }
  const applied = await applyStates(db, work, {
    now,
    minGapMs,
    endGreenSilences: silences.some((x) => x.untilGreen) ? (tx) => endGreenSilences(tx, now) : undefined,
  });
  return {
    checks: sets.size,
    runs: [...sets.values()].reduce((n, s) => n + runsIn(s), 0),
    advanced: applied.advanced,
    quiet: applied.quiet,
    events: applied.events.length,
    deliveryIds: applied.deliveryIds,
    durationMs: Math.round(performance.now() - started),
  };
}
