import { eq, inArray, sql } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '@/db/client';
import { alertContacts, alertRules, alertStates, scheduledTasks, type AlertRule, type AlertSilence, type AlertState } from '@/db/schema';
import { logError } from '@/server/log-error';
import { ALERT_SWEEP_QUEUE } from '@/alerts/types';
import { activeSilences, advanceContext, endGreenSilences, loadGrids, orgTimeZone, type GridWindow } from './context';
import { applyToState, machineOf, takesVerdict } from './apply';
import { ensureStates, writeQuietStates, type QuietWrite } from './batch';
import { runSweepChecks } from './sweep-runs';
import { watchedRecords, type CheckRunSet, type Watched } from './observe';
import { advance, verdictOf, type AdvanceContext, type MachineState } from './machine';
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
  /** States advanced through their own transaction (an event to write), and those written together (no event). */
  advanced: number;
  quiet: number;
  events: number;
  deliveryIds: number[];
  durationMs: number;
}

const runsIn = (s: CheckRunSet) => (s.own ? 1 : 0) + s.records.size;

const time = (d: Date | null) => d?.getTime() ?? null;
/**
 * Whether a state comes out of a sweep as it went in, but for a longer streak that no longer
 * decides anything: normal and green again, or firing and red again, the recent verdicts the
 * same. Such a state is not rewritten (its last_run_id and verdict_at stay those of its last
 * change; the check's latest stored run is its latest result); the many steady states of a sweep
 * cost nothing. A second verdict from a sweep at once can only repeat this one.
 */
function steady(a: MachineState, b: MachineState): boolean {
  if (!sameState(a, b, ['badStreak', 'goodStreak'])) return false;
  if (a.badStreak === b.badStreak && a.goodStreak === b.goodStreak) return true;
  return (b.state === 'normal' && a.goodStreak > 0 && b.badStreak === 0) || (b.state === 'firing' && a.badStreak > 0 && b.goodStreak === 0);
}

/** Whether two machine states are the same, leaving out some fields. */
function sameState(a: MachineState, b: MachineState, except: (keyof MachineState)[] = []): boolean {
  return (Object.keys(a) as (keyof MachineState)[]).every((k) => {
    if (except.includes(k)) return true;
    const x = a[k];
    const y = b[k];
    return x instanceof Date || y instanceof Date ? time(x as Date | null) === time(y as Date | null) : x === y;
  });
}

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
 * watched states at `now` and ends the until-green silences that turned green. A state with an
 * event to write goes through its own transaction on the locked row (events, deliveries and state
 * together); the others are written in one statement, each only if its row is as it was read.
 * Sends no job (runSweep does, after the commits). Tests drive it with stored runs of their own.
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
  const result: SweepResult = {
    checks: sets.size,
    runs: [...sets.values()].reduce((n, s) => n + runsIn(s), 0),
    advanced: 0,
    quiet: 0,
    events: 0,
    deliveryIds: [],
    durationMs: 0,
  };
  // What every rule watches in this sweep; the states seen for the first time are created in one statement.
  const work: { rule: AlertRule; w: Watched }[] = [];
  for (const rule of rules) {
    const set = sets.get(rule.checkId);
    if (set) for (const w of watchedRecords(rule.checkId, rule.record, set, byRule.get(rule.id) ?? [])) work.push({ rule, w });
  }
  const missing = work.filter(({ rule, w }) => !stored.has(`${rule.id}\u0000${w.recordKey}`));
  for (const s of await ensureStates(
    db,
    missing.map(({ rule, w }) => ({ ruleId: rule.id, recordKey: w.recordKey, recordLabel: w.recordLabel })),
    now,
  ))
    stored.set(`${s.ruleId}\u0000${s.recordKey}`, s);
  // The machine decides on what was read. A state whose verdict writes no event is written in one
  // statement with every other such state, if nothing moved it meanwhile; a state with an event to
  // write (or one that moved) goes through its own transaction on the locked row, where the machine
  // decides again.
  const quiet: QuietWrite[] = [];
  const locked: { rule: AlertRule; w: Watched; ctx: AdvanceContext }[] = [];
  for (const { rule, w } of work) {
    const snap = stored.get(`${rule.id}\u0000${w.recordKey}`);
    if (!snap) continue; // its rule was deleted during the sweep
    const ctx = advanceContext(silences, rule.id, w.recordKey, rule.gridId ? grids.get(rule.gridId) : undefined, now, timeZone);
    const obs = w.observation && takesVerdict(snap, now, minGapMs) ? w.observation : null;
    const verdict = obs ? verdictOf(obs.status, obs.outcome, rule.minStatus) : null;
    const { state: next, events } = advance(machineOf(snap), rule, verdict, now, ctx);
    if (events.length) {
      locked.push({ rule, w, ctx });
      continue;
    }
    if (steady(machineOf(snap), next)) continue; // nothing worth a write
    quiet.push({
      id: snap.id,
      expectedUpdatedAt: snap.updatedAt,
      expectedAckedAt: snap.ackedAt,
      next,
      lastRunId: obs ? obs.runId : snap.lastRunId,
      verdictAt: verdict ? now : snap.verdictAt,
      recordLabel: w.recordLabel,
    });
  }
  const written = await writeQuietStates(db, quiet, now);
  result.quiet = written.size;
  for (const q of quiet) {
    if (written.has(q.id)) continue;
    const s = [...stored.values()].find((x) => x.id === q.id)!;
    const item = work.find(({ rule, w }) => rule.id === s.ruleId && w.recordKey === s.recordKey)!;
    locked.push({
      ...item,
      ctx: advanceContext(silences, item.rule.id, item.w.recordKey, item.rule.gridId ? grids.get(item.rule.gridId) : undefined, now, timeZone),
    });
  }
  // The contacts, read only when some state has an event to write.
  const contactMap = locked.length ? new Map((await db.select().from(alertContacts)).map((c) => [c.id, c])) : new Map();
  for (const { rule, w, ctx } of locked) {
    const applied = await applyToState(db, {
      rule,
      recordKey: w.recordKey,
      recordLabel: w.recordLabel,
      observation: w.observation,
      ctx,
      contacts: contactMap,
      now,
      minGapMs,
      exists: true,
    });
    result.advanced++;
    result.events += applied.events.length;
    result.deliveryIds.push(...applied.deliveryIds);
  }
  if (silences.some((x) => x.untilGreen)) await endGreenSilences(db, now);
  result.durationMs = Math.round(performance.now() - started);
  return result;
}
