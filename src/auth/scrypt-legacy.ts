import { scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (pw: string, salt: Buffer, len: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(pw, salt, len, opts, (e, key) => (e ? reject(e) : resolve(key))));

/** Highest scrypt cost accepted from a stored hash (2^20), so a crafted hash cannot exhaust memory. */
const MAX_N = 2 ** 20;

/**
 * Verifies a password against a hash of the scrypt era (`scrypt$N$r$p$salt$key`, base64url),
 * written before argon2id. Such hashes keep verifying until their owner signs in, when they are
 * replaced by argon2id (see rehash.ts). Constant-time comparison; false for malformed hashes.
 */
export async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, key] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !key) return false;
  const N = Number(n);
  if (!Number.isInteger(N) || N < 2 || N > MAX_N || !Number.isInteger(Number(r)) || !Number.isInteger(Number(p))) return false;
  const expected = Buffer.from(key, 'base64url');
  if (expected.length === 0) return false;
  try {
    const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
      N,
      r: Number(r),
      p: Number(p),
      maxmem: 256 * 1024 * 1024,
    });
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/** A scrypt-era hash (tests of the legacy path and of the rehash at sign-in make one). */
export async function hashScryptLegacy(password: string, salt: Buffer): Promise<string> {
  const PARAMS = { N: 16384, r: 8, p: 1 };
  const key = await scrypt(password.normalize('NFC'), salt, 32, { ...PARAMS, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}
