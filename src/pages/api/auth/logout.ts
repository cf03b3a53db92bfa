import type { APIRoute } from 'astro';
import { getRuntime } from '../../../server/runtime';
import { destroySession } from '../../../auth/session';
import { clearSessionCookie } from '../../../auth/cookie';
import { audit } from '../../../audit/record';
import { requestLang } from '../../../i18n/request-lang';

export const prerender = false;

/** POST /api/auth/logout: ends the session. A form post is sent back to the home page. */
export const POST: APIRoute = async (ctx) => {
  const rt = await getRuntime();
  await destroySession(rt.handle.db, ctx.locals.sessionToken);
  if (ctx.locals.user) await audit(rt.handle.db, { actor: ctx.locals.user, action: 'auth.logout', outcome: 'ok', ip: ctx.clientAddress });
  clearSessionCookie(ctx.cookies);
  if ((ctx.request.headers.get('content-type') ?? '').includes('form')) return ctx.redirect(requestLang(ctx.request) === 'en' ? '/en/' : '/', 303);
  return Response.json({ ok: true });
};
