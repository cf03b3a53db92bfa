import { eq } from 'drizzle-orm';
import { saveAsAdmin } from '@/admin/mailboxes/save-as-admin';
import { testOnSave } from '@/admin/mailboxes/test-on-save';
import { mailboxes } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { mailboxInput } from '@/mail/mailbox-input';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Replaces a mailbox's settings. A password left out keeps the current one; `active` is changed
 * only by `mailboxSetActive`. Saving a demo example makes it a real mailbox. Audited. Needs admin:settings.
 * The saved settings are tested at once (`test`: the mailbox test's result, null without admin:checks),
 * so the list never keeps a result of the settings before.
 */
export const mailboxUpdate = defineOperation({
  action: 'mailbox.update',
  permission: 'admin:settings',
  // The fields of a mailbox as an admin saves it (see mailboxInput), `active` left to its own operation.
  input: mailboxInput.omit({ active: true }).extend({
    /** The mailbox's id. */
    id: dbId(),
  }),
  maxBytes: 16_000,
  handler: async (c) => {
    const [current] = await c.db.select({ active: mailboxes.active }).from(mailboxes).where(eq(mailboxes.id, c.input.id));
    if (!current) throw new HttpError(404, messages.notFound);
    const { mailbox } = await saveAsAdmin(c, { ...c.input, active: current.active });
    return { mailbox, test: await testOnSave(c, mailbox.id) };
  },
});
