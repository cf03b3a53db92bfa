import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { saveAsAdmin } from '../../../../../admin/mailboxes/save-as-admin';
import { mailboxes } from '../../../../../db/schema';
import { messages } from '../../../../../i18n/messages';
import { mailboxInput } from '../../../../../mail/mailbox-input';
import { publicMailbox } from '../../../../../mail/save-mailbox';
import { defineEndpoint } from '../../../../../server/endpoint';
import { HttpError } from '../../../../../server/http-error';
import { dbId } from '../../../../../server/input';

export const prerender = false;

const params = z.object({
  /** The mailbox's id. */
  id: dbId(),
});

/** GET /api/admin/mailboxes/<id> (admin:settings): one mailbox, without its passwords. */
export const GET = defineEndpoint({
  action: 'mailbox.read',
  permission: 'admin:settings',
  params,
  handler: async ({ db, params }) => {
    const [row] = await db.select().from(mailboxes).where(eq(mailboxes.id, params.id));
    if (!row) throw new HttpError(404, messages.notFound);
    return { mailbox: publicMailbox(row) };
  },
});

/**
 * PUT /api/admin/mailboxes/<id> (admin:settings): replaces the mailbox's settings. A password left
 * out keeps the current one; `active` is changed only through `…/<id>/active`. Saving a demo
 * example makes it a real mailbox.
 */
export const PUT = defineEndpoint({
  action: 'mailbox.update',
  permission: 'admin:settings',
  params,
  body: { json: mailboxInput.omit({ id: true, active: true }), maxBytes: 16_000 },
  handler: async (c) => {
    const [current] = await c.db.select({ active: mailboxes.active }).from(mailboxes).where(eq(mailboxes.id, c.params.id));
    if (!current) throw new HttpError(404, messages.notFound);
    const { mailbox } = await saveAsAdmin(c, { ...c.body, id: c.params.id, active: current.active });
    return { mailbox };
  },
});
