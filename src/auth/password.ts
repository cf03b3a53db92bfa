import { hash, parseOptions, verify } from '@node-rs/argon2';
import { ARGON2ID } from './argon2-options';
import { verifyScrypt } from './scrypt-legacy';

/**
 * Hashes a password with argon2id at OWASP's parameters (argon2-options.ts), on libuv's thread
 * pool; returns the PHC string. Many at once (an import) go through hash-pool.ts instead.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2ID);
}

/**
 * True when `password` matches `stored`: an argon2id PHC string, or a hash of the scrypt era
 * (still accepted, replaced at the next sign-in). False for anything malformed.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$argon2id$')) {
    try {
      return await verify(stored, password.normalize('NFC'));
    } catch {
      return false;
    }
  }
  if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored);
  return false;
}

/** True when `stored` is not argon2id with today's parameters (a scrypt-era hash, or weaker argon2 settings). */
export function needsRehash(stored: string): boolean {
  if (!stored.startsWith('$argon2id$')) return true;
  try {
    const o = parseOptions(stored);
    return o.memoryCost < ARGON2ID.memoryCost! || o.timeCost < ARGON2ID.timeCost! || o.parallelism !== ARGON2ID.parallelism;
  } catch {
    return true;
  }
}

/** A password strong enough for Omni: 8+ characters with a letter and a digit, and not a common one. */
export function passwordProblem(password: string): 'too-short' | 'needs-letter-and-digit' | 'too-common' | null {
  if (password.length < 8) return 'too-short';
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'needs-letter-and-digit';
  if (/^(senha|password|omni|mudar|admin|qwerty|abc)[\W_]*\d+$/i.test(password) || /^(\w)\1+\d*$/.test(password)) return 'too-common';
  return null;
}
