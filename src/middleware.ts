import { defineMiddleware } from 'astro:middleware';
import { getRuntime } from './server/runtime';
import { readSession, SESSION_COOKIE } from './auth/session';
import { messages, type MessageKey } from './i18n/messages';
import { requestLang } from './i18n/request-lang';
import { checkActionBody } from './server/action-body-check';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A JSON refusal `{ error }` in the caller's language. */
const refuse = (request: Request, status: number, key: MessageKey) => Response.json({ error: messages[key][requestLang(request)] }, { status });

/**
 * Runs on on-demand routes only (prerendered articles are static files): refuses state-changing
 * requests from another origin, fills `locals.user` from the session cookie, and refuses an
 * Action's malformed JSON body with a 400 (see checkActionBody). It authorizes nothing: every
 * endpoint and action checks its own permission.
 */
export const onRequest = defineMiddleware(async (ctx, next) => {
  ctx.locals.user = null;
  ctx.locals.sessionToken = undefined;
  if (ctx.isPrerendered) return next();

  if (!SAFE.has(ctx.request.method)) {
    const origin = ctx.request.headers.get('origin');
    const site = ctx.request.headers.get('sec-fetch-site');
    if ((origin && origin !== ctx.url.origin) || site === 'cross-site') return refuse(ctx.request, 403, 'crossOrigin');
  }

  let rt;
  try {
    rt = await getRuntime();
  } catch (e) {
    console.error('[runtime]', e);
    return refuse(ctx.request, 503, 'unavailable');
  }
  const token = ctx.cookies.get(SESSION_COOKIE)?.value;
  ctx.locals.sessionToken = token;
  ctx.locals.user = await readSession(rt.handle.db, token);
  const badAction = await checkActionBody(ctx);
  if (badAction) return badAction;
  return next();
});
