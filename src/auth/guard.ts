import { ActionError, type ActionAPIContext } from 'astro:actions';
import type { APIContext } from 'astro';
import { requestLang } from '../i18n/request-lang';
import { messageStrings } from '../i18n/messages';
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

/**
 * For Astro Actions (endpoints use `defineEndpoint`): the user, or throws ActionError
 * UNAUTHORIZED (401) / FORBIDDEN (403). The middleware only fills `locals.user`.
 */
export function guardAction(ctx: ActionAPIContext, permission: Permission | null): SessionUser {
  const r = authorize(ctx, permission);
  if (r.ok) return r.user;
  const lang = requestLang(ctx.request);
  throw new ActionError(r.status === 401 ? { code: 'UNAUTHORIZED', message: messageStrings.t(lang, 'unauthorized') } : { code: 'FORBIDDEN', message: messageStrings.t(lang, 'forbidden') });
}
