import { organizationInfo } from '../../../../admin/organization-info';
import { listMailboxes } from '../../../../admin/mailboxes/list-mailboxes';
import { saveAsAdmin } from '../../../../admin/mailboxes/save-as-admin';
import { mailboxInput } from '../../../../mail/mailbox-input';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/** GET /api/admin/mailboxes (admin:settings): every mailbox without passwords, with its latest test; `timeZone` is the organization's, for showing times. */
export const GET = defineEndpoint({
  action: 'mailbox.list',
  permission: 'admin:settings',
  handler: async ({ db }) => ({ mailboxes: await listMailboxes(db), timeZone: (await organizationInfo(db)).timeZone }),
});

/**
 * POST /api/admin/mailboxes (admin:settings): creates a mailbox (both passwords required). Server
 * names must resolve to allowed addresses; 400 names each field to fix, in the caller's language.
 */
export const POST = defineEndpoint({
  action: 'mailbox.create',
  permission: 'admin:settings',
  body: { json: mailboxInput.omit({ id: true }), maxBytes: 16_000 },
  handler: async (c) => {
    const { mailbox } = await saveAsAdmin(c, c.body);
    return Response.json({ mailbox }, { status: 201 });
  },
});
