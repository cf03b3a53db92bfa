import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { alertStates, type AlertState } from '@/db/schema';
import type { MachineState } from './machine';

/** Creates the states a sweep watches for the first time, normal since `now`, in one statement; returns every one of them as stored. */
export async function ensureStates(db: Db, keys: { ruleId: number; recordKey: string; recordLabel: string | null }[], now: Date): Promise<AlertState[]> {
  if (!keys.length) return [];
  // Only for rules still there (one deleted since the sweep read it has no states to create).
  await db.execute(sql`
    insert into alert_states (rule_id, record_key, record_label, since, updated_at)
    select x.r, x.k, x.l, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(keys.map((k) => ({ r: k.ruleId, k: k.recordKey, l: k.recordLabel })))}::jsonb) as x(r int, k text, l text)
      join alert_rules on alert_rules.id = x.r
    on conflict (rule_id, record_key) do nothing`);
  return db
    .select()
    .from(alertStates)
    .where(
      sql`(${alertStates.ruleId}, ${alertStates.recordKey}) in (select * from jsonb_to_recordset(${JSON.stringify(keys.map((k) => ({ r: k.ruleId, k: k.recordKey })))}::jsonb) as x(r int, k text))`,
    );
}

/** A state's new fields, written on its locked row. */
export interface StateWrite {
  id: number;
  next: MachineState;
  firingEventId: number | null;
  lastRunId: number | null;
  verdictAt: Date | null;
  recordLabel: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Writes the new states of a sweep in one statement (inside its transaction, the rows locked). */
export async function writeStates(db: Db, writes: StateWrite[], now: Date): Promise<void> {
  if (!writes.length) return;
  const rows = writes.map((w) => ({
    id: w.id,
    state: w.next.state,
    since: iso(w.next.since),
    red: iso(w.next.redSince),
    bad: w.next.badStreak,
    good: w.next.goodStreak,
    recent: w.next.recent,
    sent: w.next.firingSent,
    repeats: w.next.repeats,
    nra: iso(w.next.nextRepeatAt),
    esa: iso(w.next.escalateAt),
    esc: w.next.escalated,
    ab: w.next.ackedBy,
    ack: iso(w.next.ackedAt),
    fe: w.firingEventId,
    run: w.lastRunId,
    va: iso(w.verdictAt),
    label: w.recordLabel,
  }));
  await db.execute(
    sql`update alert_states s set
          state = v.state, since = v.since, red_since = v.red, bad_streak = v.bad, good_streak = v.good, recent = v.recent,
          firing_sent = v.sent, repeats = v.repeats, next_repeat_at = v.nra, escalate_at = v.esa, escalated = v.esc,
          acked_by = v.ab, acked_at = v.ack, firing_event_id = v.fe, last_run_id = v.run, verdict_at = v.va,
          record_label = coalesce(v.label, s.record_label), updated_at = ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id bigint, state text, since timestamptz, red timestamptz,
          bad int, good int, recent text, sent boolean, repeats int, nra timestamptz, esa timestamptz, esc boolean,
          ab int, ack timestamptz, fe bigint, run bigint, va timestamptz, label text)
       where s.id = v.id`,
  );
}

const time = (d: Date | null) => d?.getTime() ?? null;

/** Whether two machine states are the same, leaving out some fields. */
function sameState(a: MachineState, b: MachineState, except: (keyof MachineState)[] = []): boolean {
  return (Object.keys(a) as (keyof MachineState)[]).every((k) => {
    if (except.includes(k)) return true;
    const x = a[k];
    const y = b[k];
    return x instanceof Date || y instanceof Date ? time(x as Date | null) === time(y as Date | null) : x === y;
  });
}

/**
 * Whether a state comes out of a sweep as it went in, but for a longer streak that no longer
 * decides anything: normal and green again, or firing and red again, the recent verdicts the
 * same. Such a state is not rewritten (its last_run_id and verdict_at stay those of its last
 * change; the check's latest stored run is its latest result); the many steady states of a sweep
 * cost nothing. A second verdict from a sweep at once can only repeat this one.
 */
export function steady(a: MachineState, b: MachineState): boolean {
  if (!sameState(a, b, ['badStreak', 'goodStreak'])) return false;
  if (a.badStreak === b.badStreak && a.goodStreak === b.goodStreak) return true;
  return (b.state === 'normal' && a.goodStreak > 0 && b.badStreak === 0) || (b.state === 'firing' && a.badStreak > 0 && b.goodStreak === 0);
}
