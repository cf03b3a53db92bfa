import { saveAsAdmin } from '@/admin/mailboxes/save-as-admin';
import { testOnSave } from '@/admin/mailboxes/test-on-save';
import { mailboxInput } from '@/mail/mailbox-input';
import { defineOperation } from '@/server/operation';

/**
 * Creates a mailbox (both passwords required). Server names must resolve to allowed addresses; a
 * 400 names each field to fix, in the caller's language. Audited. Needs admin:settings. The saved
 * mailbox is tested at once (`test`: the mailbox test's result, null without admin:checks).
 */
export const mailboxCreate = defineOperation({
  action: 'mailbox.create',
  permission: 'admin:settings',
  // The fields of a mailbox as an admin saves it (see mailboxInput), without an id: this creates one.
  input: mailboxInput.omit({ id: true }),
  maxBytes: 16_000,
  handler: async (c) => {
    const { mailbox } = await saveAsAdmin(c, c.input);
    return { mailbox, test: await testOnSave(c, mailbox.id) };
  },
});
