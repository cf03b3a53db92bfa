import type { APIContext } from 'astro';
import { z } from 'zod';
import { jsonError } from '../auth/guard';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { audit } from '../audit/record';
import { requestLang } from '../i18n/request-lang';
import type { Localized } from './types';
import { serviceInScope } from './service-scope';

/** The query string parsed by `schema`, or a 400 in the caller's language naming the bad fields. */
export function readQuery<T extends z.ZodType>(ctx: APIContext, schema: T): z.infer<T> | Response {
  const q = schema.safeParse(Object.fromEntries(ctx.url.searchParams));
  return q.success ? q.data : jsonError(ctx, 400, 'badRequest', { fields: z.flattenError(q.error).fieldErrors });
}

/** The JSON body parsed by `schema`, or a 400 in the caller's language naming the bad fields. */
export async function readJson<T extends z.ZodType>(ctx: APIContext, schema: T): Promise<z.infer<T> | Response> {
  let raw: unknown;
  try {
    raw = await ctx.request.json();
  } catch {
    return jsonError(ctx, 400, 'badRequest');
  }
  const q = schema.safeParse(raw);
  return q.success ? q.data : jsonError(ctx, 400, 'badRequest', { fields: z.flattenError(q.error).fieldErrors });
}

/**
 * null when the user may act on `serviceId`; otherwise a 403 with `message` in the caller's
 * language, and the refusal is audited as `action` (outcome `denied`).
 */
export async function refuseOutOfScope(ctx: APIContext, db: Db, user: SessionUser, serviceId: number, action: string, message: Localized): Promise<Response | null> {
  if (await serviceInScope(db, user, serviceId)) return null;
  await audit(db, { actor: user, action, target: `service:${serviceId}`, outcome: 'denied', ip: ctx.clientAddress });
  return Response.json({ error: message[requestLang(ctx.request)] }, { status: 403 });
}
