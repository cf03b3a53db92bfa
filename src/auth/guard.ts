import { ActionError, type ActionAPIContext } from 'astro:actions';
import type { APIContext } from 'astro';
import { requestLang } from '../i18n/request-lang';
import { msg } from '../i18n/messages';
import type { Permission } from './permissions';
import type { SessionUser } from './session';

type Ctx = Pick<APIContext, 'locals' | 'request'>;

/** 401 when nobody is signed in, 403 when the permission is missing, else the user. */
export function authorize(ctx: Ctx, permission: Permission | null): { ok: true; user: SessionUser } | { ok: false; status: 401 | 403 } {
  const user = ctx.locals.user;
  if (!user) return { ok: false, status: 401 };
  if (permission && !user.permissions.includes(permission)) return { ok: false, status: 403 };
  return { ok: true, user };
}

/** A JSON response with `{ error }` in the caller's language. */
export function jsonError(ctx: Pick<APIContext, 'request'>, status: number, key: Parameters<typeof msg>[1], extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: msg(requestLang(ctx.request), key), ...extra }, { status });
}

/**
 * For endpoints: the user, or the 401/403 Response to return. Every endpoint calls it; the
 * middleware only fills `locals.user`.
 */
export function guardEndpoint(ctx: Ctx, permission: Permission | null): SessionUser | Response {
  const r = authorize(ctx, permission);
  if (r.ok) return r.user;
  return jsonError(ctx, r.status, r.status === 401 ? 'unauthorized' : 'forbidden');
}

/** For actions: the user, or throws ActionError UNAUTHORIZED (401) / FORBIDDEN (403). */
export function guardAction(ctx: ActionAPIContext, permission: Permission | null): SessionUser {
  const r = authorize(ctx, permission);
  if (r.ok) return r.user;
  const lang = requestLang(ctx.request);
  throw new ActionError(r.status === 401 ? { code: 'UNAUTHORIZED', message: msg(lang, 'unauthorized') } : { code: 'FORBIDDEN', message: msg(lang, 'forbidden') });
}
