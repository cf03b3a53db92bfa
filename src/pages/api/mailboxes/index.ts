import { asc } from 'drizzle-orm';
import { mailboxes } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { mailboxInput } from '@/mail/mailbox-input';
import { publicMailbox, saveMailbox } from '@/mail/save-mailbox';
import { testOnSave } from '@/admin/mailboxes/test-on-save';
import { defineEndpoint } from '@/server/endpoint';
import { HttpError } from '@/server/http-error';

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
 * messages in the caller's language. A saved mailbox is tested at once (`test`, as on the mailboxes screen).
 */
export const POST = defineEndpoint({
  action: 'mailbox.save',
  permission: 'admin:settings',
  body: { json: mailboxInput, maxBytes: 16_000 },
  handler: async ({ db, lang, body, audit, user, clientAddress }) => {
    const result = await saveMailbox(db, body);
    await audit({
      action: body.id ? 'mailbox.update' : 'mailbox.create',
      target: result.ok ? `mailbox:${result.mailbox.id}` : body.id ? `mailbox:${body.id}` : undefined,
      inputs: body,
      outcome: result.ok ? 'ok' : 'refused',
      details: result.ok ? undefined : { fields: Object.keys(result.fields) },
    });
    if (!result.ok) {
      if (result.status === 404) throw new HttpError(404, messages.notFound);
      throw new HttpError(400, messages.badRequest, { fields: Object.fromEntries(Object.entries(result.fields).map(([k, v]) => [k, [v[lang]]])) });
    }
    const test = await testOnSave({ db, user, clientAddress }, result.mailbox.id);
    return Response.json({ mailbox: result.mailbox, test }, { status: result.created ? 201 : 200 });
  },
});
