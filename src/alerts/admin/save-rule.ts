import { eq } from 'drizzle-orm';
import type { SessionUser } from '@/auth/session';
import type { Db } from '@/db/client';
import { alertEvents, alertRules, alertStates, type AlertRecordSelector, type AlertRule } from '@/db/schema';
import { initialState } from '@/alerts/engine/machine';
import { now as appNow } from '@/server/clock';
import { messages } from '@/i18n/messages';
import type { CallerContext } from '@/server/caller-context';
import { HttpError } from '@/server/http-error';
import type { RuleCreateInput, RuleUpdateInput } from './rule-input';
import { ruleProblems } from './validate-rule';

type Ctx = Pick<CallerContext<SessionUser>, 'db' | 'lang' | 'audit' | 'user' | 'scope'>;

/** A rule as saved: every field with its default, ready for the table (or for a simulation). */
export type RuleValues = Omit<AlertRule, 'id' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/** The full values of a new rule from its input (defaults of the table for what the API does not take). */
export function ruleValues(input: RuleCreateInput): RuleValues {
  return {
    name: input.name,
    checkId: input.checkId,
    record: input.record,
    minStatus: input.minStatus,
    pendingRuns: input.pendingRuns,
    recoverRuns: input.recoverRuns,
    repeatMinutes: input.repeatMinutes ?? null,
    maxRepeats: input.maxRepeats,
    contactId: input.contactId,
    escalateContactId: input.escalateContactId ?? null,
    escalateAfterMinutes: input.escalateAfterMinutes ?? null,
    onError: input.onError,
    flapWindow: 10,
    flapTransitions: 4,
    gridId: input.gridId ?? null,
    enabled: input.enabled,
  };
}

/** Throws the 400 naming each field of `v` that cannot be saved (audited as refused, field names only). */
export async function requireValidRule(c: Ctx, action: string, target: string | undefined, v: RuleValues): Promise<void> {
  const { fields } = await ruleProblems(c.db, await c.scope(), v);
  if (!Object.keys(fields).length) return;
  await c.audit({ action, target, inputs: v, outcome: 'refused', details: { fields: Object.keys(fields) } });
  throw new HttpError(400, messages.badRequest, { fields: Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, [m[c.lang]]])) });
}

/** Creates a rule after checking its check, record (in the caller's scope), contacts and grid. Audited. */
export async function createRule(c: Ctx, input: RuleCreateInput): Promise<{ id: number }> {
  const v = ruleValues(input);
  await requireValidRule(c, 'alert.rule.create', undefined, v);
  const [row] = await c.db
    .insert(alertRules)
    .values({ ...v, createdBy: c.user.id })
    .returning({ id: alertRules.id });
  await c.audit({ action: 'alert.rule.create', target: `alert-rule:${row.id}`, inputs: input, outcome: 'ok' });
  return { id: row.id };
}

/** Whether two record selectors watch the same thing. */
const sameSelector = (a: AlertRecordSelector, b: AlertRecordSelector) =>
  a.mode === b.mode && (a.mode !== 'one' || (b.mode === 'one' && a.kind === b.kind && a.id === b.id));

/**
 * Changes a rule (the merged rule is checked like a new one). Audited. When it watches something
 * else (another check or record), its states no longer describe what they were about: in the same
 * transaction each alert in course ends with a `closed` event (recorded, never sent: no recovery
 * was seen, so none is claimed) and every state starts again from normal. Returns how many closed.
 */
export async function updateRule(c: Ctx, input: RuleUpdateInput): Promise<{ rule: AlertRule; closed: number }> {
  const target = `alert-rule:${input.id}`;
  const [row] = await c.db.select().from(alertRules).where(eq(alertRules.id, input.id));
  if (!row) {
    await c.audit({ action: 'alert.rule.update', target, inputs: input, outcome: 'not-found' });
    throw new HttpError(404, messages.notFound);
  }
  const { id: _id, ...changes } = input;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<RuleValues>;
  const { id: _rid, createdBy: _c, createdAt: _ca, updatedAt: _u, ...current } = row;
  const merged: RuleValues = { ...current, ...defined };
  await requireValidRule(c, 'alert.rule.update', target, merged);
  const retargeted = merged.checkId !== row.checkId || !sameSelector(merged.record, row.record);
  const { saved, closed } = await c.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const now = appNow();
    const [saved] = await tx
      .update(alertRules)
      .set({ ...defined, updatedAt: now })
      .where(eq(alertRules.id, input.id))
      .returning();
    return { saved, closed: retargeted ? await closeStates(tx, row, now) : 0 };
  });
  await c.audit({ action: 'alert.rule.update', target, inputs: input, outcome: 'ok', ...(closed ? { details: { closed } } : {}) });
  return { rule: saved, closed };
}

/**
 * Ends the alerts in course of `rule` (its states locked, as a sweep locks them): a `closed` event
 * for each state that is not normal, saying what it was watching, then every state back to normal.
 */
async function closeStates(tx: Db, rule: AlertRule, now: Date): Promise<number> {
  const states = await tx.select().from(alertStates).where(eq(alertStates.ruleId, rule.id)).orderBy(alertStates.id).for('update');
  const open = states.filter((s) => s.state !== 'normal');
  if (open.length)
    await tx.insert(alertEvents).values(
      open.map((s) => ({
        stateId: s.id,
        ruleId: rule.id,
        kind: 'closed',
        payload: { reason: 'rule-changed', was: s.state, firingSent: s.firingSent, checkId: rule.checkId, recordKey: s.recordKey, recordLabel: s.recordLabel },
        at: now,
      })),
    );
  if (states.length)
    await tx
      .update(alertStates)
      .set({ ...initialState(now), firingEventId: null, lastRunId: null, verdictAt: null, updatedAt: now })
      .where(eq(alertStates.ruleId, rule.id));
  return open.length;
}
