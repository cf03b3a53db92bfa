import type { AstroCookies } from 'astro';

/** Short-lived cookie that carries the e-mail typed in a failed sign-in back to the form (never in a URL). */
const TYPED_EMAIL_COOKIE = 'omni_login_email';

/** Remembers the e-mail of a failed form sign-in for two minutes, so the form comes back filled in (`secure`: see secureCookies). */
export function rememberTypedEmail(cookies: AstroCookies, secure: boolean, email: string): void {
  const value = email.trim().slice(0, 320);
  if (!value) return;
  cookies.set(TYPED_EMAIL_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: 120 });
}

/** The e-mail remembered by a failed sign-in, once: reading it clears it. */
export function takeTypedEmail(cookies: AstroCookies): string {
  const value = cookies.get(TYPED_EMAIL_COOKIE)?.value ?? '';
  if (value) cookies.delete(TYPED_EMAIL_COOKIE, { path: '/' });
  return value.slice(0, 320);
}
