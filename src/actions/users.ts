import { ActionError, defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { eq } from 'drizzle-orm';
import { guardAction } from '../auth/guard';
import { grantPolicy, refusalMessage } from '../auth/grant-policy';
import { audit } from '../audit/record';
import { getRuntime } from '../server/runtime';
import { users } from '../db/schema';
import { requestLang } from '../i18n/request-lang';
import { messageStrings } from '../i18n/messages';

/** User maintenance actions (`actions.users.*`). */
export const usersActions = {
  /**
   * Activates or deactivates a user (deactivating frees their license). Needs manage:users, and the
   * grant policy's consent: the user is associated to one of the caller's services, holds no
   * permission the caller lacks (a supervisor cannot deactivate an administrator) and manages no
   * service the caller does not; nobody deactivates themselves.
   */
  setActive: defineAction({
    accept: 'json',
    input: z.object({
      /** Id of the user to change. */
      userId: z.number().int().positive().max(2_147_483_647),
      /** true to activate, false to deactivate. */
      active: z.boolean(),
    }),
    handler: async (input, ctx) => {
      const actor = guardAction(ctx, 'manage:users');
      const { db } = (await getRuntime()).handle;
      const lang = requestLang(ctx.request);
      const [target] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId));
      if (!target) throw new ActionError({ code: 'NOT_FOUND', message: messageStrings.t(lang, 'notFound') });
      const refusal = (await (await grantPolicy(db, actor)).refusals([target.id], { deactivate: !input.active })).get(target.id);
      if (refusal) {
        await audit(db, { actor, action: 'users.set-active', target: `user:${target.id}`, inputs: input, outcome: 'denied', details: { refusal }, ip: ctx.clientAddress });
        throw new ActionError({ code: 'FORBIDDEN', message: messageStrings.t(lang, refusalMessage(refusal)) });
      }
      await db.update(users).set({ active: input.active, updatedAt: new Date() }).where(eq(users.id, target.id));
      await audit(db, { actor, action: 'users.set-active', target: `user:${target.id}`, inputs: input, outcome: 'ok', ip: ctx.clientAddress });
      return { userId: target.id, active: input.active };
    },
  }),
};
