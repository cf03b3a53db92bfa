import { localePath } from '@/i18n/locale-path';
import { destroySession } from '@/auth/session';
import { clearSessionCookie } from '@/auth/cookie';
import { definePublicEndpoint } from '@/server/endpoint';

export const prerender = false;

/** POST /api/auth/logout: ends the session (if any). A form post is sent back to the home page. */
export const POST = definePublicEndpoint({
  action: 'auth.logout',
  handler: async ({ api: ctx, db, user, lang, audit }) => {
    await destroySession(db, ctx.locals.sessionToken);
    if (user) await audit({ action: 'auth.logout', outcome: 'ok' });
    clearSessionCookie(ctx.cookies);
    if ((ctx.request.headers.get('content-type') ?? '').includes('form')) return ctx.redirect(localePath(lang, '/'), 303);
    return { ok: true };
  },
});
