import { eq, inArray } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '@/db/client';
import { alertContacts, alertRules, alertStates, scheduledTasks, type AlertRule, type AlertState } from '@/db/schema';
import { logError } from '@/server/log-error';
import { ALERT_SWEEP_QUEUE } from '@/alerts/types';
import { activeSilences, advanceContext, endGreenSilences, loadGrids, orgTimeZone } from './context';
import { applyToState, touchQuietStates } from './apply';
import { runSweepChecks } from './sweep-runs';
import { watchedRecords, type CheckRunSet } from './observe';
import { verdictOf } from './machine';
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
  /** States advanced through a transaction, and quiet ones touched in bulk. */
  advanced: number;
  quiet: number;
  events: number;
  deliveryIds: number[];
  durationMs: number;
}

const runsIn = (s: CheckRunSet) => (s.own ? 1 : 0) + s.records.size;

/**
 * One alert sweep at `now` (the app clock): runs every check the health dashboard runs, as the
 * system, each run stored; advances every enabled rule's states (one transaction per state that
 * may change, the quiet ones in one statement); ends the until-green silences that turned green;
 * sends the delivery jobs of the committed deliveries; and records its heartbeat on the
 * `alert-sweep` scheduled task (its error too, then rethrows), so a stalled alerter turns the
 * scheduler check, and with it /api/health, red.
 */
export async function runSweep(db: Db, now: Date, opts: SweepOptions = {}): Promise<SweepResult> {
  const started = performance.now();
  try {
    const rules = await db.select().from(alertRules).where(eq(alertRules.enabled, true));
    const sets = await runSweepChecks(db, rules, now);
    const result = await advanceRules(db, sets, now, { ...opts, rules });
    if (opts.boss && result.deliveryIds.length) await enqueueDeliveries(opts.boss, result.deliveryIds);
    await db.update(scheduledTasks).set({ lastRunAt: now, updatedAt: now }).where(eq(scheduledTasks.name, ALERT_SWEEP_QUEUE));
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
 * watched states at `now` (one transaction per state that may change, the quiet ones in one
 * statement) and ends the until-green silences that turned green. Sends no job (runSweep does,
 * after this returns). Tests drive it with stored runs of their own.
 */
export async function advanceRules(
  db: Db,
  sets: Map<string, CheckRunSet>,
  now: Date,
  opts: Pick<SweepOptions, 'intervalSec'> & { rules?: AlertRule[] } = {},
): Promise<SweepResult> {
  const started = performance.now();
  const minGapMs = ((opts.intervalSec ?? 60) * 1000) / 2;
  const rules = opts.rules ?? (await db.select().from(alertRules).where(eq(alertRules.enabled, true)));
  const [contacts, silences, grids, timeZone, states] = await Promise.all([
    db.select().from(alertContacts),
    activeSilences(db, now),
    loadGrids(db, [...new Set(rules.flatMap((r) => (r.gridId ? [r.gridId] : [])))]),
    orgTimeZone(db),
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
  const contactMap = new Map(contacts.map((c) => [c.id, c]));
  const byRule = new Map<number, Map<string, AlertState>>();
  for (const s of states) {
    if (!byRule.has(s.ruleId)) byRule.set(s.ruleId, new Map());
    byRule.get(s.ruleId)!.set(s.recordKey, s);
  }
  const result: SweepResult = {
    checks: sets.size,
    runs: [...sets.values()].reduce((n, s) => n + runsIn(s), 0),
    advanced: 0,
    quiet: 0,
    events: 0,
    deliveryIds: [],
    durationMs: 0,
  };
  const quiet: { id: number; runId: number }[] = [];
  for (const rule of rules) {
    const set = sets.get(rule.checkId);
    if (!set) continue;
    const known = byRule.get(rule.id) ?? new Map<string, AlertState>();
    for (const w of watchedRecords(rule.checkId, rule.record, set, [...known.keys()])) {
      const snap = known.get(w.recordKey);
      const obs = w.observation;
      // Quiet: normal, green throughout the flap window, another good run: nothing can happen but a
      // longer good streak, whatever the silences and the grid. A normal state with no run has nothing to move.
      if (snap && snap.state === 'normal' && snap.badStreak === 0) {
        if (!obs) continue;
        if (verdictOf(obs.status, obs.outcome, rule.minStatus) === 'good' && snap.recent === 'g'.repeat(rule.flapWindow)) {
          quiet.push({ id: snap.id, runId: obs.runId });
          continue;
        }
      }
      const ctx = advanceContext(silences, rule.id, w.recordKey, rule.gridId ? grids.get(rule.gridId) : undefined, now, timeZone);
      const applied = await applyToState(db, {
        rule,
        recordKey: w.recordKey,
        recordLabel: w.recordLabel,
        observation: obs,
        ctx,
        contacts: contactMap,
        now,
        minGapMs,
      });
      result.advanced++;
      result.events += applied.events.length;
      result.deliveryIds.push(...applied.deliveryIds);
    }
  }
  await touchQuietStates(db, quiet, now, minGapMs);
  result.quiet = quiet.length;
  await endGreenSilences(db, now);
  result.durationMs = Math.round(performance.now() - started);
  return result;
}
