import { defineMiddleware } from 'astro:middleware';
import './app/start-runtime';
import { getRuntime } from './server/runtime';
import { readSession, SESSION_COOKIE } from './auth/session';
import { logError } from './server/log-error';
import { messages, type MessageKey } from './i18n/messages';
import { pathLang, requestLang } from './i18n/request-lang';
import { checkActionBody } from './server/action-body-check';
import { withSecurityHeaders } from './security/with-security-headers';
import { publicOrigin } from './server/client';
import { trackRequest } from './server/lifecycle';

/** Liveness answers without the database (see src/pages/api/live.ts). */
const LIVENESS = '/api/live';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** A JSON refusal `{ error }` in the caller's language. */
const refuse = (ctx: { locals: App.Locals }, status: number, key: MessageKey) => Response.json({ error: messages[key][ctx.locals.lang] }, { status });

/**
 * Runs on on-demand routes only (prerendered articles are static files, whose headers come from
 * src/integrations/static-security-headers.ts): refuses state-changing requests from another
 * origin, fills `locals.user` from the session cookie, refuses an Action's malformed JSON body
 * with a 400 (see checkActionBody), adds the security headers to every response, and turns an
 * error nothing else caught into a 500 with an id (logged by class and code, never its message:
 * SQL and parameters). It authorizes nothing: every endpoint and action checks its own permission.
 */
export const onRequest = defineMiddleware(async (ctx, next) => {
  ctx.locals.user = null;
  ctx.locals.sessionToken = undefined;
  if (ctx.isPrerendered) {
    ctx.locals.lang = pathLang(ctx.url.pathname);
    return next();
  }
  // A page speaks the language of its path; an API, Action or server-island call the language of its caller.
  ctx.locals.lang = /^\/(api|_actions|_server-islands)\/|^\/metrics$/.test(ctx.url.pathname) ? requestLang(ctx.request) : pathLang(ctx.url.pathname);
  // Counted until the response is handed over, so a stopping process knows what is in flight.
  const done = trackRequest();
  try {
    // Inside the try: a page that fails while its body is read is an error like any other.
    return await withSecurityHeaders(await handle(ctx, next));
  } catch (e) {
    const { id } = logError('request', e);
    return withSecurityHeaders(Response.json({ error: messages.unexpected[ctx.locals.lang], requestId: id }, { status: 500 }));
  } finally {
    done();
  }
});

async function handle(ctx: Parameters<Parameters<typeof defineMiddleware>[0]>[0], next: () => Promise<Response>): Promise<Response> {
  if (!SAFE.has(ctx.request.method)) {
    const origin = ctx.request.headers.get('origin');
    const site = ctx.request.headers.get('sec-fetch-site');
    // The origin the browser sees: behind a TLS proxy the request reaches us as http. A form-like
    // or typeless body without any Origin is refused too (what Astro's own check, turned off in
    // astro.config.ts for the proxy's sake, refused).
    const type = (ctx.request.headers.get('content-type') ?? '').toLowerCase();
    const formLike = !type || FORM_TYPES.some((t) => type.includes(t));
    if ((origin && origin !== publicOrigin(ctx)) || (!origin && formLike) || site === 'cross-site') return refuse(ctx, 403, 'crossOrigin');
  }

  if (ctx.url.pathname === LIVENESS) return next();
  let rt;
  try {
    rt = await getRuntime();
  } catch (e) {
    logError('runtime', e);
    return refuse(ctx, 503, 'unavailable');
  }
  const token = ctx.cookies.get(SESSION_COOKIE)?.value;
  ctx.locals.sessionToken = token;
  ctx.locals.user = await readSession(rt.handle.db, token);
  const badAction = await checkActionBody(ctx);
  if (badAction) return badAction;
  return next();
}
