import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AstroCookies } from 'astro';
import { secretKey } from '../security/secrets';

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * signed in to an account holds `v1.<userId>.<nonce>.<mac>`, the MAC an HMAC-SHA256 over the user
 * and the nonce with a key derived from the server secret. A sign-in that presents a valid one for
 * the account it names is a trusted client with a budget of its own (src/auth/throttle.ts), so an
 * attacker's failures elsewhere, even from the same address, never lock its owner out.
 */
export const DEVICE_COOKIE = 'omni_device';

/** Long-lived: it proves only that this browser once knew the password. */
const MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

let macKey: Buffer | undefined;
/** A key of its own, derived from SECRET_KEY, so the encryption key is never used as a MAC key. */
const key = () => (macKey ??= createHmac('sha256', secretKey()).update('omni device cookie v1').digest());

const mac = (userId: number, nonce: string) => createHmac('sha256', key()).update(`device|v1|${userId}|${nonce}`).digest('base64url');

/** A new device cookie value naming `userId`. */
export function issueDeviceCookie(userId: number): { value: string; nonce: string } {
  const nonce = randomBytes(16).toString('base64url');
  return { value: `v1.${userId}.${nonce}.${mac(userId, nonce)}`, nonce };
}

/** The nonce of `value` when it is a genuine device cookie of `userId`, else null. */
export function deviceNonce(value: string | undefined, userId: number | undefined): string | null {
  if (!value || userId === undefined) return null;
  const m = /^v1\.(\d{1,10})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!m || Number(m[1]) !== userId) return null;
  const want = Buffer.from(mac(userId, m[2]));
  const got = Buffer.from(m[3]);
  return want.length === got.length && timingSafeEqual(want, got) ? m[2] : null;
}

/** Sets the device cookie: sent only to the sign-in endpoint, HttpOnly, SameSite=Strict, Secure as the session cookie. */
export function setDeviceCookie(cookies: AstroCookies, secure: boolean, value: string): void {
  cookies.set(DEVICE_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path: '/api/auth/', maxAge: MAX_AGE_SECONDS });
}
