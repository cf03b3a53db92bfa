import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { mailboxes } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { publicMailbox } from '@/mail/save-mailbox';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/** One mailbox, without its passwords (404 when there is none with that id). Needs admin:settings. */
export const mailboxRead = defineOperation({
  action: 'mailbox.read',
  permission: 'admin:settings',
  input: z.object({
    /** The mailbox's id. */
    id: dbId(),
  }),
  handler: async ({ db, input }) => {
    const [row] = await db.select().from(mailboxes).where(eq(mailboxes.id, input.id));
    if (!row) throw new HttpError(404, messages.notFound);
    return { mailbox: publicMailbox(row) };
  },
});
