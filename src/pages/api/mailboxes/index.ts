import type { APIRoute } from 'astro';
import { asc } from 'drizzle-orm';
import { guardEndpoint, jsonError } from '../../../auth/guard';
import { audit } from '../../../audit/record';
import { fieldErrors } from '../../../checks/input-errors';
import { mailboxes } from '../../../db/schema';
import { requestLang } from '../../../i18n/request-lang';
import { mailboxInput } from '../../../mail/mailbox-input';
import { publicMailbox, saveMailbox } from '../../../mail/save-mailbox';
import { getRuntime } from '../../../server/runtime';

export const prerender = false;

/** GET /api/mailboxes (admin:settings): the mailboxes without their passwords. */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'admin:settings');
  if (user instanceof Response) return user;
  const { db } = (await getRuntime()).handle;
  const rows = await db.select().from(mailboxes).orderBy(asc(mailboxes.id));
  return Response.json({ mailboxes: rows.map(publicMailbox) });
};

/**
 * POST /api/mailboxes (admin:settings): creates (no `id`) or updates a mailbox. Server names must
 * resolve to allowed addresses; passwords are encrypted and never returned. 400 with per-field
 * messages in the caller's language.
 */
export const POST: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'admin:settings');
  if (user instanceof Response) return user;
  const lang = requestLang(ctx.request);
  const raw = await ctx.request.json().catch(() => null);
  const parsed = mailboxInput.safeParse(raw);
  if (!parsed.success) return jsonError(ctx, 400, 'badRequest', { fields: fieldErrors(parsed.error, lang) });
  const { db } = (await getRuntime()).handle;
  const result = await saveMailbox(db, parsed.data);
  await audit(db, {
    actor: user,
    action: parsed.data.id ? 'mailbox.update' : 'mailbox.create',
    target: result.ok ? `mailbox:${result.mailbox.id}` : parsed.data.id ? `mailbox:${parsed.data.id}` : undefined,
    inputs: parsed.data,
    outcome: result.ok ? 'ok' : 'refused',
    details: result.ok ? undefined : { fields: Object.keys(result.fields) },
    ip: ctx.clientAddress,
  });
  if (!result.ok) {
    if (result.status === 404) return jsonError(ctx, 404, 'notFound');
    return jsonError(ctx, 400, 'badRequest', { fields: Object.fromEntries(Object.entries(result.fields).map(([k, v]) => [k, [v[lang]]])) });
  }
  return Response.json({ mailbox: result.mailbox }, { status: result.created ? 201 : 200 });
};
