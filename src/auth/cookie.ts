import type { AstroCookies } from 'astro';
import { SESSION_COOKIE } from './session';

/**
 * Sets the session cookie: HttpOnly, SameSite=Lax, and Secure when the client came over HTTPS
 * (`secure`: secureCookies() of src/server/client.ts, which believes a trusted proxy).
 */
export function setSessionCookie(cookies: AstroCookies, secure: boolean, token: string, expires: Date): void {
  cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
}

export function clearSessionCookie(cookies: AstroCookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}
