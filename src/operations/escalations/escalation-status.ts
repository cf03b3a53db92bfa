import { z } from 'zod';
import { escalationStatuses, kbOutcomes } from '@/db/schema';
import { notifyEscalation } from '@/escalations/notify';
import { changeStatus } from '@/escalations/update';
import { jsonId } from '@/server/input';
import { defineOperation } from '@/server/operation';
import { escalationId } from './escalation-read';

/**
 * Moves an escalation: take (optionally for `assigneeId`, one of the record's `assignees`: they get the notice mail), release, resolve with `kbOutcome`
 * (covered, gap, wrong), cancel, reopen. Who may do what: see `changeStatus` (403 otherwise, 409
 * for an impossible move). Audited.
 */
export const escalationStatus = defineOperation({
  action: 'escalation.status',
  permission: null,
  input: z.object({
    /** The escalation's id. */
    id: escalationId(),
    /** `open`, `taken`, `resolved` or `cancelled`. */
    status: z.enum(escalationStatuses),
    /** Whom to assign it to when taking it (default: the caller). */
    assigneeId: jsonId().optional(),
    /** Required when resolving: did the article cover it, have a gap, or was it wrong? */
    kbOutcome: z.enum(kbOutcomes).optional(),
  }),
  handler: async (c) => {
    const { id, ...change } = c.input;
    const { passedTo } = await changeStatus(c.db, id, c.user, await c.scope(), change);
    await c.audit({ action: 'escalation.status', target: `escalation:${id}`, inputs: change, outcome: 'ok' });
    // The person it was passed to hears of it (a neutral title and the link), when an SMTP server is set.
    if (passedTo) void notifyEscalation(c.db, id, c.lang, undefined, { userId: passedTo });
    return { ok: true };
  },
});
