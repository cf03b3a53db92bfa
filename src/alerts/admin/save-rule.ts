import { eq } from 'drizzle-orm';
import type { SessionUser } from '@/auth/session';
import { alertRules, type AlertRule } from '@/db/schema';
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

/** Changes a rule (the merged rule is checked like a new one). Audited. */
export async function updateRule(c: Ctx, input: RuleUpdateInput): Promise<{ rule: AlertRule }> {
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
  const [saved] = await c.db
    .update(alertRules)
    .set({ ...defined, updatedAt: new Date() })
    .where(eq(alertRules.id, input.id))
    .returning();
  await c.audit({ action: 'alert.rule.update', target, inputs: input, outcome: 'ok' });
  return { rule: saved };
}
