import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { mailboxes } from '../../../../../db/schema';
import { messages } from '../../../../../i18n/messages';
import { publicMailbox } from '../../../../../mail/save-mailbox';
import { defineEndpoint } from '../../../../../server/endpoint';
import { HttpError } from '../../../../../server/http-error';
import { dbId } from '../../../../../server/input';

export const prerender = false;

/**
 * POST /api/admin/mailboxes/<id>/active (admin:settings) `{active}`: enables or disables a mailbox
 * (a disabled one is not read, and the mailbox test of every active mailbox skips it). Audited as
 * `mailbox.enable` / `mailbox.disable`.
 */
export const POST = defineEndpoint({
  action: 'mailbox.set-active',
  permission: 'admin:settings',
  params: z.object({
    /** The mailbox's id. */
    id: dbId(),
  }),
  body: {
    json: z.object({
      /** true to enable (read and test it), false to disable. */
      active: z.boolean(),
    }),
  },
  handler: async ({ db, params, body, audit }) => {
    const [row] = await db.update(mailboxes).set({ active: body.active, updatedAt: new Date() }).where(eq(mailboxes.id, params.id)).returning();
    await audit({ action: body.active ? 'mailbox.enable' : 'mailbox.disable', target: `mailbox:${params.id}`, inputs: body, outcome: row ? 'ok' : 'not-found' });
    if (!row) throw new HttpError(404, messages.notFound);
    return { mailbox: publicMailbox(row) };
  },
});
