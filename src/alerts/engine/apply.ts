import { randomBytes } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';
import { alertContacts, alertRules, alertStates, checkRuns, type AlertContact, type AlertRule, type AlertState } from '@/db/schema';
import { sentEventKinds, type AlertEventKind } from '@/alerts/types';
import { advance, verdictOf, type AdvanceContext, type MachineEvent, type MachineState } from './machine';
import type { Observation } from './observe';
import { buildPayload } from './payload';
import { steady, writeStates, type StateWrite } from './batch';

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

/** One watched state a sweep moves: the rule, what this sweep saw of the record, and when sending is allowed. */
export interface StateWork {
  stateId: number;
  rule: AlertRule;
  recordKey: string;
  recordLabel: string | null;
  observation: Observation | null;
  ctx: AdvanceContext;
}

export interface ApplyOptions {
  now: Date;
  /** A state takes no second verdict from a sweep within this many ms of the one that gave the last (two sweeps at once). */
  minGapMs: number;
  /** Also end, in the same transaction, the until-green silences whose states are all normal again. */
  endGreenSilences?: (tx: Db) => Promise<unknown>;
}

export interface Applied {
  /** States written with an event, and without one. */
  advanced: number;
  quiet: number;
  events: { id: number; kind: MachineEvent['kind'] }[];
  deliveryIds: number[];
}

/**
 * Writes what one sweep moved, in one transaction (one commit, one wait for the disk): locks the
 * states (`FOR UPDATE`, in id order, so two sweeps never deadlock), lets the machine decide again
 * on each locked row, writes the events with their payloads and queued deliveries (unique per
 * event and contact), then every new state in one statement. Two sweeps at once serialize on the
 * rows; the second gives no verdict (verdict_at) and finds the timers already moved. A state whose
 * rule was changed or deleted since the sweep read it is skipped.
 */
export async function applyStates(db: Db, work: StateWork[], opts: ApplyOptions): Promise<Applied> {
  const out: Applied = { advanced: 0, quiet: 0, events: [], deliveryIds: [] };
  if (!work.length && !opts.endGreenSilences) return out;
  const { now } = opts;
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const byId = new Map(work.map((w) => [w.stateId, w]));
    const locked = byId.size
      ? await tx
          .select()
          .from(alertStates)
          .where(inArray(alertStates.id, [...byId.keys()]))
          .orderBy(alertStates.id)
          .for('update')
      : [];
    // Then the rules' versions: a rule changed or deleted since the sweep read it is skipped (the
    // next sweep reads it afresh). Read after the states are locked, this sees any change whose
    // transaction reset them (updateRule changes the rule and resets its states in one); a change
    // that has not reached the states yet waits for this commit and resets them after it.
    const read = new Map(work.map((w) => [w.rule.id, w.rule.updatedAt.getTime()]));
    const versions = locked.length
      ? await tx
          .select({ id: alertRules.id, updatedAt: alertRules.updatedAt })
          .from(alertRules)
          .where(inArray(alertRules.id, [...new Set(locked.map((r) => r.ruleId))]))
      : [];
    const current = new Set(versions.filter((r) => r.updatedAt.getTime() === read.get(r.id)).map((r) => r.id));
    const rows = locked.filter((r) => current.has(r.ruleId));
    let contacts: Map<number, AlertContact> | undefined;
    const writes: StateWrite[] = [];
    for (const row of rows) {
      const item = byId.get(row.id)!;
      const { rule } = item;
      const fresh = takesVerdict(row, now, opts.minGapMs);
      const obs = item.observation;
      const verdict = obs && fresh ? verdictOf(obs.status, obs.outcome, rule.minStatus) : null;
      const prev = machineOf(row);
      const { state: next, events } = advance(prev, rule, verdict, now, item.ctx);
      let firingEventId = next.state === 'normal' ? null : row.firingEventId;
      let firedNow: number | null = null; // a firing written by this very advance (a flapping or repeat after it threads under it)
      const about = events.length ? (obs ?? (await lastObservation(tx, row))) : null;
      const label = item.recordLabel ?? row.recordLabel;
      if (events.length) contacts ??= new Map((await tx.select().from(alertContacts)).map((c) => [c.id, c])); // read on the first event
      for (const e of events) {
        const payload = buildPayload(
          rule,
          row.recordKey,
          label,
          about,
          e,
          e.kind === 'resolved' ? prev.redSince : next.redSince,
          now,
          e.kind === 'fired' ? null : (firedNow ?? row.firingEventId),
        );
        const to = recipients(e.kind, rule, prev.escalated || next.escalated, contacts!).map((contactId) => ({ c: contactId, m: newMessageId() }));
        // The event and its deliveries (unique per event and contact) in one statement.
        const [written] = await queryRows<{ event_id: number | string; delivery_ids: (number | string)[] | null }>(
          tx,
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
      if (events.length) out.advanced++;
      else if (steady(prev, next))
        continue; // another sweep gave this verdict meanwhile: nothing worth a write
      else out.quiet++;
      writes.push({
        id: row.id,
        next,
        firingEventId,
        lastRunId: obs && fresh ? obs.runId : row.lastRunId,
        verdictAt: verdict ? now : row.verdictAt,
        recordLabel: label,
      });
    }
    await writeStates(tx, writes, now);
    await opts.endGreenSilences?.(tx);
    return out;
  });
}
