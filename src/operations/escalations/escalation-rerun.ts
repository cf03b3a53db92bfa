import { z } from 'zod';
import { rerunAttached } from '@/escalations/update';
import { defineOperation } from '@/server/operation';
import { escalationId } from './escalation-read';

/**
 * Re-runs an attached check as the caller (its own permission and scope) → `{then, now}`; the new
 * run is attached to the record and its timeline. Audited (the run itself as `check.run`).
 */
export const escalationRerun = defineOperation({
  action: 'escalation.rerun',
  permission: null,
  input: z.object({
    /** The escalation's id. */
    id: escalationId(),
    /** The attached run's id. */
    runId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  }),
  handler: async (c) => {
    const out = await rerunAttached(c.db, c.input.id, c.input.runId, c.user, await c.scope(), c.lang, c.clientAddress);
    await c.audit({ action: 'escalation.rerun', target: `escalation:${c.input.id}`, outcome: 'ok', details: { rerunOf: c.input.runId, runId: out.now.runId } });
    return out;
  },
});
