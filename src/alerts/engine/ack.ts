import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { alertEvents, alertRules, alertStates, checkRuns } from '@/db/schema';
import { now as appNow } from '@/server/clock';
import { acknowledge } from './machine';
import { buildPayload } from './payload';

export type AckResult = { acked: true; eventId: number } | { acked: false; reason: 'not-found' | 'not-firing' | 'already-acked' };

/**
 * Acknowledges an alert state (firing or flapping) for `user`: no more repeats, no escalation;
 * the resolved message still comes. Writes an `acked` event (by the user). In one transaction on
 * the locked row, so it races safely with a sweep. `not-found`: no such state; `not-firing`:
 * nothing to acknowledge (normal or pending); `already-acked`: someone did already.
 */
export async function ackState(db: Db, stateId: number, user: { id: number }, now: Date = appNow()): Promise<AckResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(alertStates).where(eq(alertStates.id, stateId)).for('update');
    if (!row) return { acked: false, reason: 'not-found' } as const;
    if (row.state !== 'firing' && row.state !== 'flapping') return { acked: false, reason: 'not-firing' } as const;
    if (row.ackedAt) return { acked: false, reason: 'already-acked' } as const;
    const by = user.id > 0 ? user.id : null;
    const next = acknowledge(row, by, now);
    await tx
      .update(alertStates)
      .set({ ackedBy: next.ackedBy, ackedAt: next.ackedAt, nextRepeatAt: null, escalateAt: null, updatedAt: now })
      .where(eq(alertStates.id, row.id));
    const [rule] = await tx.select().from(alertRules).where(eq(alertRules.id, row.ruleId));
    const [run] = row.lastRunId ? await tx.select().from(checkRuns).where(eq(checkRuns.id, row.lastRunId)) : [];
    const observation = run
      ? {
          recordKey: row.recordKey,
          recordLabel: row.recordLabel,
          status: run.status,
          outcome: run.outcome,
          runId: run.id,
          summary: run.summary,
          findings: run.findings,
          at: run.at,
        }
      : null;
    const payload = buildPayload(rule, row.recordKey, row.recordLabel, observation, {}, row.redSince, now, row.firingEventId);
    const [ev] = await tx
      .insert(alertEvents)
      .values({
        stateId: row.id,
        ruleId: row.ruleId,
        kind: 'acked',
        checkRunId: run?.id ?? null,
        payload: payload as unknown as Record<string, unknown>,
        by,
        at: now,
      })
      .returning({ id: alertEvents.id });
    return { acked: true, eventId: ev.id } as const;
  });
}
