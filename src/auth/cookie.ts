import type { AstroCookies } from 'astro';
import { SESSION_COOKIE } from './session';

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure on https (or COOKIE_SECURE=1). */
export function setSessionCookie(cookies: AstroCookies, url: URL, token: string, expires: Date): void {
  const secure = process.env.COOKIE_SECURE ? process.env.COOKIE_SECURE === '1' : url.protocol === 'https:';
  cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
}

export function clearSessionCookie(cookies: AstroCookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}
