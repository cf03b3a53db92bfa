import { defineMiddleware } from 'astro:middleware';
import { getRuntime } from './server/runtime';
import { readSession, SESSION_COOKIE } from './auth/session';
import { jsonError } from './auth/guard';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs on on-demand routes only (prerendered articles are static files): refuses state-changing
 * requests from another origin, and fills `locals.user` from the session cookie. It authorizes
 * nothing: every endpoint and action checks its own permission.
 */
export const onRequest = defineMiddleware(async (ctx, next) => {
  ctx.locals.user = null;
  ctx.locals.sessionToken = undefined;
  if (ctx.isPrerendered) return next();

  if (!SAFE.has(ctx.request.method)) {
    const origin = ctx.request.headers.get('origin');
    const site = ctx.request.headers.get('sec-fetch-site');
    if ((origin && origin !== ctx.url.origin) || site === 'cross-site') return jsonError(ctx, 403, 'crossOrigin');
  }

  let rt;
  try {
    rt = await getRuntime();
  } catch (e) {
    console.error('[runtime]', e);
    return jsonError(ctx, 503, 'unavailable');
  }
  const token = ctx.cookies.get(SESSION_COOKIE)?.value;
  ctx.locals.sessionToken = token;
  ctx.locals.user = await readSession(rt.handle.db, token);
  return next();
});
