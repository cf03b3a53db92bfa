import { asc } from 'drizzle-orm';
import { saveAsAdmin } from '@/admin/mailboxes/save-as-admin';
import { testOnSave } from '@/admin/mailboxes/test-on-save';
import { mailboxes } from '@/db/schema';
import { mailboxInput } from '@/mail/mailbox-input';
import { publicMailbox } from '@/mail/save-mailbox';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/** GET /api/mailboxes (admin:settings): the mailboxes without their passwords. */
export const GET = defineEndpoint({
  action: 'mailbox.list',
  permission: 'admin:settings',
  handler: async ({ db }) => ({ mailboxes: (await db.select().from(mailboxes).orderBy(asc(mailboxes.id))).map(publicMailbox) }),
});

/**
 * POST /api/mailboxes (admin:settings): creates (no `id`) or updates a mailbox. Server names must
 * resolve to allowed addresses; passwords are encrypted and never returned. 400 with per-field
 * messages in the caller's language. Audited with the settings before → after (passwords only as
 * changed). A saved mailbox is tested at once (`test`, as on the mailboxes screen).
 */
export const POST = defineEndpoint({
  action: 'mailbox.save',
  permission: 'admin:settings',
  body: { json: mailboxInput, maxBytes: 16_000 },
  handler: async ({ db, lang, body, audit, user, clientAddress }) => {
    // The same save as the admin screens: refusals per field, every outcome audited with the changes.
    const { mailbox, created } = await saveAsAdmin({ db, lang, audit }, body);
    const test = await testOnSave({ db, user, clientAddress }, mailbox.id);
    return Response.json({ mailbox, test }, { status: created ? 201 : 200 });
  },
});
