import { z } from 'zod';
import { readEscalation } from '@/escalations/read';
import { text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/** An escalation id as a route or an island gives it (anything not of its shape is answered 404, like a missing one). */
export const escalationId = () => text(64);

/**
 * One escalation as the caller sees it (see `readEscalation`): 404 for an id it may not see, the
 * same as for a missing one. Any signed-in user.
 */
export const escalationRead = defineOperation({
  action: 'escalation.read',
  permission: null,
  input: z.object({
    /** The escalation's id. */
    id: escalationId(),
  }),
  handler: async ({ db, user, lang, scope, input }) => ({ escalation: await readEscalation(db, input.id, user, await scope(), lang) }),
});
