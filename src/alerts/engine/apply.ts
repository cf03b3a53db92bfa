import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';
import { alertStates, checkRuns, type AlertContact, type AlertRule, type AlertState } from '@/db/schema';
import { sentEventKinds, type AlertEventKind } from '@/alerts/types';
import { advance, verdictOf, type AdvanceContext, type MachineEvent, type MachineState } from './machine';
import type { Observation } from './observe';
import { buildPayload } from './payload';

/** A delivery's message id: the webhook's `webhook-id` and the e-mail's Message-ID local part. */
export const newMessageId = () => `msg_${randomBytes(18).toString('base64url')}`;

/** The contacts an event goes to (enabled ones; `resolved` only to those that want it). */
export function recipients(
  kind: AlertEventKind,
  rule: Pick<AlertRule, 'contactId' | 'escalateContactId'>,
  escalated: boolean,
  contacts: Map<number, AlertContact>,
): number[] {
  const ids: number[] = [];
  if (kind === 'escalated') {
    if (rule.escalateContactId) ids.push(rule.escalateContactId);
  } else if (sentEventKinds.includes(kind) && kind !== 'test') {
    ids.push(rule.contactId);
    if (escalated && rule.escalateContactId) ids.push(rule.escalateContactId);
  }
  return [...new Set(ids)].filter((id) => {
    const c = contacts.get(id);
    return !!c && c.enabled && (kind !== 'resolved' || c.sendResolved);
  });
}

/** The machine's fields of a stored state. */
export const machineOf = (row: AlertState): MachineState => ({
  state: row.state,
  since: row.since,
  redSince: row.redSince,
  badStreak: row.badStreak,
  goodStreak: row.goodStreak,
  recent: row.recent,
  firingSent: row.firingSent,
  repeats: row.repeats,
  nextRepeatAt: row.nextRepeatAt,
  escalateAt: row.escalateAt,
  escalated: row.escalated,
  ackedBy: row.ackedBy,
  ackedAt: row.ackedAt,
});

/** The observation behind a timer-only event: the state's last stored run. */
async function lastObservation(tx: Db, row: AlertState): Promise<Observation | null> {
  if (!row.lastRunId) return null;
  const [run] = await tx.select().from(checkRuns).where(eq(checkRuns.id, row.lastRunId));
  if (!run) return null;
  return {
    recordKey: row.recordKey,
    recordLabel: row.recordLabel,
    status: run.status,
    outcome: run.outcome,
    runId: run.id,
    summary: run.summary,
    findings: run.findings,
    at: run.at,
  };
}

/** Whether a state takes this sweep's verdict: none yet, or the last one at least `minGapMs` before `now` (a second sweep at once gives none). */
export const takesVerdict = (row: Pick<AlertState, 'verdictAt'>, now: Date, minGapMs: number) =>
  !row.verdictAt || now.getTime() - row.verdictAt.getTime() >= minGapMs;

export interface ApplyInput {
  rule: AlertRule;
  recordKey: string;
  recordLabel: string | null;
  observation: Observation | null;
  ctx: AdvanceContext;
  contacts: Map<number, AlertContact>;
  now: Date;
  /** A state takes no second verdict from a sweep within this many ms of the one that gave the last (two sweeps at once). */
  minGapMs: number;
  /** The state row is known to exist (the sweep created it): no insert first. */
  exists?: boolean;
}

export interface Applied {
  events: { id: number; kind: MachineEvent['kind'] }[];
  deliveryIds: number[];
  state: AlertState['state'];
}

/**
 * Advances one state in one transaction: creates it when missing, locks it (`FOR UPDATE`), lets
 * the machine decide on the locked row, writes the events with their payloads and the queued
 * deliveries (unique per event and contact), and the new state. Two sweeps at once serialize on
 * the row; the second gives no verdict (verdict_at) and finds the timers already moved.
 */
export async function applyToState(db: Db, input: ApplyInput): Promise<Applied> {
  const { rule, recordKey, now } = input;
  return db.transaction(async (tx) => {
    if (!input.exists)
      await tx
        .insert(alertStates)
        .values({ ruleId: rule.id, recordKey, recordLabel: input.recordLabel, since: now, updatedAt: now })
        .onConflictDoNothing({ target: [alertStates.ruleId, alertStates.recordKey] });
    const [row] = await tx
      .select()
      .from(alertStates)
      .where(and(eq(alertStates.ruleId, rule.id), eq(alertStates.recordKey, recordKey)))
      .for('update');
    if (!row) return { events: [], deliveryIds: [], state: 'normal' as const }; // its rule was deleted meanwhile
    const fresh = takesVerdict(row, now, input.minGapMs);
    const obs = input.observation;
    const verdict = obs && fresh ? verdictOf(obs.status, obs.outcome, rule.minStatus) : null;
    const prev = machineOf(row);
    const { state: next, events } = advance(prev, rule, verdict, now, input.ctx);
    const out: Applied = { events: [], deliveryIds: [], state: next.state };
    let firingEventId = next.state === 'normal' ? null : row.firingEventId;
    let firedNow: number | null = null; // a firing written by this very advance (a flapping or repeat after it threads under it)
    const about = events.length ? (obs ?? (await lastObservation(tx as unknown as Db, row))) : null;
    const label = input.recordLabel ?? row.recordLabel;
    for (const e of events) {
      const payload = buildPayload(
        rule,
        recordKey,
        label,
        about,
        e,
        e.kind === 'resolved' ? prev.redSince : next.redSince,
        now,
        e.kind === 'fired' ? null : (firedNow ?? row.firingEventId),
      );
      const to = recipients(e.kind, rule, prev.escalated || next.escalated, input.contacts).map((contactId) => ({ c: contactId, m: newMessageId() }));
      // The event and its deliveries (unique per event and contact) in one statement.
      const [written] = await queryRows<{ event_id: number | string; delivery_ids: (number | string)[] | null }>(
        tx as unknown as Db,
        sql`with ev as (
              insert into alert_events (state_id, rule_id, kind, check_run_id, payload, at)
              values (${row.id}, ${rule.id}, ${e.kind}, ${about?.runId ?? null}, ${JSON.stringify(payload)}::jsonb, ${now.toISOString()}::timestamptz)
              returning id),
            d as (
              insert into alert_deliveries (event_id, contact_id, message_id, created_at)
              select ev.id, x.c, x.m, ${now.toISOString()}::timestamptz from ev, jsonb_to_recordset(${JSON.stringify(to)}::jsonb) as x(c int, m text)
              on conflict (event_id, contact_id) do nothing
              returning id)
            select (select id from ev) as event_id, (select array_agg(id order by id) from d) as delivery_ids`,
      );
      const eventId = Number(written.event_id);
      out.events.push({ id: eventId, kind: e.kind });
      if (e.kind === 'fired') firingEventId = firedNow = eventId;
      out.deliveryIds.push(...(written.delivery_ids ?? []).map(Number));
    }
    await tx
      .update(alertStates)
      .set({
        ...next,
        firingEventId,
        recordLabel: label,
        lastRunId: obs && fresh ? obs.runId : row.lastRunId,
        verdictAt: verdict ? now : row.verdictAt,
        updatedAt: now,
      })
      .where(eq(alertStates.id, row.id));
    return out;
  });
}
