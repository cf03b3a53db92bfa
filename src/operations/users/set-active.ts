import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fieldChanges } from '@/audit/changes';
import { grantPolicy, refusalMessage } from '@/auth/grant-policy';
import { sessions, users } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { jsonId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Activates or deactivates a user (deactivating frees their license). Needs manage:users, and the
 * grant policy's consent: the user is associated to one of the caller's services, holds no
 * permission the caller lacks (a supervisor cannot deactivate an administrator) and manages no
 * service the caller does not; nobody deactivates themselves. Deactivating ends the user's
 * sessions in the same transaction: an inactive user's cookie is already refused, and without this
 * the same cookie would work again once the user is reactivated. Audited either way.
 */
export const setUserActive = defineOperation({
  action: 'users.set-active',
  permission: 'manage:users',
  input: z.object({
    /** Id of the user to change. */
    userId: jsonId(),
    /** true to activate, false to deactivate. */
    active: z.boolean(),
  }),
  handler: async ({ db, user, input, audit }) => {
    const [target] = await db.select({ id: users.id, active: users.active }).from(users).where(eq(users.id, input.userId));
    if (!target) throw new HttpError(404, messages.notFound);
    const refusal = (await (await grantPolicy(db, user)).refusals([target.id], { deactivate: !input.active })).get(target.id);
    if (refusal) {
      await audit({ action: 'users.set-active', target: `user:${target.id}`, inputs: input, outcome: 'denied', details: { refusal } });
      throw new HttpError(403, messages[refusalMessage(refusal)]);
    }
    const sessionsEnded = await db.transaction(async (tx) => {
      await tx.update(users).set({ active: input.active, updatedAt: new Date() }).where(eq(users.id, target.id));
      if (input.active) return 0;
      return (await tx.delete(sessions).where(eq(sessions.userId, target.id)).returning({ id: sessions.id })).length;
    });
    await audit({
      action: 'users.set-active',
      target: `user:${target.id}`,
      inputs: input,
      outcome: 'ok',
      details: { changes: fieldChanges({ active: target.active }, { active: input.active }), ...(input.active ? {} : { sessionsEnded }) },
    });
    return { userId: target.id, active: input.active };
  },
});
