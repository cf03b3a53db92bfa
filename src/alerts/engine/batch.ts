import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { alertStates, type AlertState } from '@/db/schema';
import { queryRows } from '@/db/rows';
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

/** A state's new fields when its verdict writes no event, and the version it was computed from. */
export interface QuietWrite {
  id: number;
  /** The snapshot's updated_at and acked_at: the row is written only if neither moved since. */
  expectedUpdatedAt: Date;
  expectedAckedAt: Date | null;
  next: MachineState;
  lastRunId: number | null;
  verdictAt: Date | null;
  recordLabel: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Writes, in one statement, the states whose verdict produced no event: only if the row is as the
 * sweep read it (updated_at and acked_at unchanged: no other sweep, no acknowledgement since).
 * Returns the ids written; the others go through the locked path (applyToState).
 */
export async function writeQuietStates(db: Db, writes: QuietWrite[], now: Date): Promise<Set<number>> {
  if (!writes.length) return new Set();
  const rows = writes.map((w) => ({
    id: w.id,
    eu: iso(w.expectedUpdatedAt),
    ea: iso(w.expectedAckedAt),
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
    run: w.lastRunId,
    va: iso(w.verdictAt),
    label: w.recordLabel,
  }));
  const done = await queryRows<{ id: number | string }>(
    db,
    sql`update alert_states s set
          state = v.state, since = v.since, red_since = v.red, bad_streak = v.bad, good_streak = v.good, recent = v.recent,
          firing_sent = v.sent, repeats = v.repeats, next_repeat_at = v.nra, escalate_at = v.esa, escalated = v.esc,
          firing_event_id = case when v.state = 'normal' then null else s.firing_event_id end,
          last_run_id = v.run, verdict_at = v.va, record_label = coalesce(v.label, s.record_label), updated_at = ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id bigint, eu timestamptz, ea timestamptz, state text, since timestamptz,
          red timestamptz, bad int, good int, recent text, sent boolean, repeats int, nra timestamptz, esa timestamptz, esc boolean,
          run bigint, va timestamptz, label text)
       where s.id = v.id and s.updated_at = v.eu and s.acked_at is not distinct from v.ea
       returning s.id`,
  );
  return new Set(done.map((d) => Number(d.id)));
}
