import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fieldChanges } from '@/audit/changes';
import { mailboxes } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { publicMailbox } from '@/mail/save-mailbox';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Enables or disables a mailbox (a disabled one is not read, and the mailbox test of every active
 * mailbox skips it). Audited as `mailbox.enable` / `mailbox.disable`. Needs admin:settings.
 */
export const mailboxSetActive = defineOperation({
  action: 'mailbox.set-active',
  permission: 'admin:settings',
  input: z.object({
    /** The mailbox's id. */
    id: dbId(),
    /** true to enable (read and test it), false to disable. */
    active: z.boolean(),
  }),
  handler: async ({ db, input, audit }) => {
    const [before] = await db.select({ active: mailboxes.active }).from(mailboxes).where(eq(mailboxes.id, input.id));
    const [row] = await db.update(mailboxes).set({ active: input.active, updatedAt: new Date() }).where(eq(mailboxes.id, input.id)).returning();
    await audit({
      action: input.active ? 'mailbox.enable' : 'mailbox.disable',
      target: `mailbox:${input.id}`,
      inputs: { active: input.active },
      outcome: row ? 'ok' : 'not-found',
      ...(row && before ? { details: { changes: fieldChanges({ active: before.active }, { active: row.active }) } } : {}),
    });
    if (!row) throw new HttpError(404, messages.notFound);
    return { mailbox: publicMailbox(row) };
  },
});
