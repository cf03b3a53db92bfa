import { eq } from 'drizzle-orm';
import type { SessionUser } from '@/auth/session';
import { alertEvents, alertRules, alertSilences, alertStates } from '@/db/schema';
import { alertInputStrings } from '@/i18n/admin-alerts';
import type { Localized } from '@/i18n/localized';
import { messages } from '@/i18n/messages';
import type { CallerContext } from '@/server/caller-context';
import { now } from '@/server/clock';
import { HttpError } from '@/server/http-error';
import type { SilenceCreateInput } from './silence-input';

type Ctx = Pick<CallerContext<SessionUser>, 'db' | 'lang' | 'audit' | 'user'>;

const HOUR = 3_600_000;

/**
 * Records a silence with its author and comment: from an alert row ("1 h", "4 h", "until green",
 * starting now, a `silenced` event in the rule's timeline) or a planned window. A window ending
 * before it starts, an unknown rule or alert, "until green" without an alert: a 400 naming the field.
 */
export async function createSilence(c: Ctx, input: SilenceCreateInput): Promise<{ id: number }> {
  const at = now();
  const refuse = async (field: string, m: Localized) => {
    await c.audit({ action: 'alert.silence.create', inputs: input, outcome: 'refused', details: { fields: [field] } });
    return new HttpError(400, messages.badRequest, { fields: { [field]: [m[c.lang]] } });
  };
  let ruleId = input.ruleId ?? null;
  let recordKey: string | null = null;
  if (input.stateId !== undefined) {
    const [state] = await c.db.select().from(alertStates).where(eq(alertStates.id, input.stateId));
    if (!state) throw await refuse('stateId', alertInputStrings.l('noState'));
    ruleId = state.ruleId;
    recordKey = state.recordKey;
  } else if (ruleId !== null && !(await c.db.select({ id: alertRules.id }).from(alertRules).where(eq(alertRules.id, ruleId))).length) {
    throw await refuse('ruleId', alertInputStrings.l('noRule'));
  }
  let startsAt = input.startsAt ? new Date(input.startsAt) : at;
  let endsAt: Date | null = input.endsAt ? new Date(input.endsAt) : null;
  const untilGreen = input.preset === 'until-green';
  if (input.preset) {
    if (untilGreen && input.stateId === undefined) throw await refuse('preset', alertInputStrings.l('untilGreenNeedsState'));
    startsAt = at;
    endsAt = untilGreen ? null : new Date(at.getTime() + (input.preset === '1h' ? 1 : 4) * HOUR);
  } else if (!endsAt) throw await refuse('endsAt', alertInputStrings.l('silenceNeedsEnd'));
  if (endsAt && endsAt <= startsAt) throw await refuse('endsAt', alertInputStrings.l('endsBeforeStart'));
  const id = await c.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(alertSilences)
      .values({ ruleId, recordKey, startsAt, endsAt, untilGreen, comment: input.comment, createdBy: c.user.id })
      .returning({ id: alertSilences.id });
    if (input.stateId !== undefined) {
      await tx.insert(alertEvents).values({
        stateId: input.stateId,
        ruleId,
        kind: 'silenced',
        payload: { silenceId: row.id, preset: input.preset ?? null, endsAt: endsAt?.toISOString() ?? null, comment: input.comment },
        by: c.user.id,
        at,
      });
    }
    return row.id;
  });
  await c.audit({ action: 'alert.silence.create', target: `alert-silence:${id}`, inputs: input, outcome: 'ok' });
  return { id };
}
