import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ackState } from '@/alerts/engine/ack';
import { alertStates } from '@/db/schema';
import { alertInputStrings } from '@/i18n/admin-alerts';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/** Acknowledges an alert (one rule's record): repeats and escalation stop until it resolves. Audited. Needs admin:alerts. */
export const alertStateAck = defineOperation({
  action: 'alert.state.ack',
  permission: 'admin:alerts',
  input: z.object({
    /** The alert state's id. */
    id: dbId(),
  }),
  handler: async ({ db, input, user, audit }) => {
    const target = `alert-state:${input.id}`;
    const [state] = await db.select({ id: alertStates.id }).from(alertStates).where(eq(alertStates.id, input.id));
    if (!state) {
      await audit({ action: 'alert.state.ack', target, outcome: 'not-found' });
      throw new HttpError(404, messages.notFound);
    }
    const result = await ackState(db, state.id, user);
    // Nothing red to acknowledge is a 409; acknowledging twice answers like the first time.
    const refused = !result.acked && result.reason === 'not-firing';
    await audit({ action: 'alert.state.ack', target, outcome: result.acked ? 'ok' : result.reason });
    if (!result.acked && result.reason === 'not-found') throw new HttpError(404, messages.notFound);
    if (refused) throw new HttpError(409, alertInputStrings.l('notFiring'));
    const [after] = await db.select({ ackedAt: alertStates.ackedAt }).from(alertStates).where(eq(alertStates.id, state.id));
    return { id: state.id, ackedAt: after?.ackedAt ?? null };
  },
});
