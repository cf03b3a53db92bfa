import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (pw: string, salt: Buffer, len: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(pw, salt, len, opts, (e, key) => (e ? reject(e) : resolve(key))));

/** scrypt cost: N=2^14, r=8, p=1 (16 MiB, ~40 ms here). Stored with the hash so it can be raised later. */
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LEN = 32;

/** Hashes a password with scrypt from node:crypto: `scrypt$N$r$p$salt$key` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LEN, { ...PARAMS, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `stored`; constant-time comparison; false for malformed hashes. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, key] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A password strong enough for Omni: 8+ characters with a letter and a digit, and not a common one. */
export function passwordProblem(password: string): 'too-short' | 'needs-letter-and-digit' | 'too-common' | null {
  if (password.length < 8) return 'too-short';
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'needs-letter-and-digit';
  if (/^(senha|password|omni|mudar|admin|qwerty|abc)[\W_]*\d+$/i.test(password) || /^(\w)\1+\d*$/.test(password)) return 'too-common';
  return null;
}
