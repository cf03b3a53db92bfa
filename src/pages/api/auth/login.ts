import { localePath } from '@/i18n/locale-path';
import { z } from 'zod';
import { signIn } from '@/auth/sign-in';
import { setSessionCookie } from '@/auth/cookie';
import { DEVICE_COOKIE, setDeviceCookie } from '@/auth/device-cookie';
import { safeNext } from '@/auth/safe-next';
import { rememberTypedEmail } from '@/auth/typed-email';
import { messageStrings, messages } from '@/i18n/messages';
import { definePublicEndpoint } from '@/server/endpoint';
import { HttpError } from '@/server/http-error';
import { clientAddress, secureCookies } from '@/server/client';

export const prerender = false;

const body = z.object({
  /** The account's e-mail, any case. */
  email: z.string().trim().min(3).max(320),
  /** The password as typed. */
  password: z.string().min(1).max(512),
  /** Where the sign-in form sends the browser afterwards; anything but a path on this site is dropped (safeNext). */
  next: z.string().max(4096).optional(),
});

/**
 * POST /api/auth/login. JSON `{email, password}` → 200 with the session cookie (and a new device
 * cookie, src/auth/device-cookie.ts), 401 with a generic message, 429 when rate-limited: the same
 * answers whether or not the e-mail has an account. A form post (the /login page) is redirected back instead. The
 * body is read with a small limit before anything looks at it.
 */
export const POST = definePublicEndpoint({
  action: 'auth.login',
  // Parsed below: a form post with bad fields goes back to the form rather than getting JSON.
  body: { form: z.unknown(), maxBytes: 8_000 },
  handler: async ({ api: ctx, lang, rt, body: raw }) => {
    const isForm = (ctx.request.headers.get('content-type') ?? '').includes('form');
    const parsed = body.safeParse(raw);
    const loginPage = localePath(lang, '/login/');
    // Back to the form after a failure: `next` kept, the typed e-mail remembered (cookie, not URL).
    const retry = (reason: string, email: unknown, next: string | undefined) => {
      if (typeof email === 'string') rememberTypedEmail(ctx.cookies, secureCookies(ctx), email);
      return ctx.redirect(`${loginPage}?error=${reason}${next ? `&next=${encodeURIComponent(next)}` : ''}`, 303);
    };
    const fields = (raw ?? {}) as Record<string, unknown>;
    if (!parsed.success) {
      if (isForm) return retry('invalid', fields.email, safeNext(typeof fields.next === 'string' ? fields.next : undefined, ctx.url.origin));
      throw new HttpError(400, messages.badRequest);
    }
    const next = safeNext(parsed.data.next, ctx.url.origin);
    const result = await signIn(rt.handle.db, {
      email: parsed.data.email,
      password: parsed.data.password,
      ip: clientAddress(ctx),
      deviceCookie: ctx.cookies.get(DEVICE_COOKIE)?.value,
      previousToken: ctx.locals.sessionToken,
      ttlMinutes: rt.env.SESSION_TTL_MINUTES,
    });
    if (!result.ok) {
      if (isForm) return retry(result.reason, parsed.data.email, next);
      const headers = result.retryAfter ? { 'retry-after': String(result.retryAfter) } : undefined;
      return Response.json(
        { error: messageStrings.t(lang, result.reason === 'throttled' ? 'throttled' : 'invalidCredentials') },
        { status: result.reason === 'throttled' ? 429 : 401, headers },
      );
    }
    setSessionCookie(ctx.cookies, secureCookies(ctx), result.token, result.expiresAt);
    setDeviceCookie(ctx.cookies, secureCookies(ctx), result.deviceCookie);
    if (isForm) return ctx.redirect(next ?? localePath(lang, '/'), 303);
    return { ok: true, expiresAt: result.expiresAt.toISOString() };
  },
});
