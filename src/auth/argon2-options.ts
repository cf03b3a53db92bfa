import type { Algorithm, Options } from '@node-rs/argon2';

/**
 * argon2id at OWASP's first recommendation (Password Storage Cheat Sheet): m = 19 MiB,
 * t = 2 passes, p = 1. Each hash is stored in the PHC string format, which carries these
 * parameters (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), so they can be raised later and
 * older hashes still verify (and are rehashed at the next sign-in).
 */
export const ARGON2ID: Options = {
  /** Argon2id (the const enum's value 2, written out: ambient const enums do not survive isolated modules). */
  algorithm: 2 as Algorithm,
  /** Memory in KiB: 19 MiB. */
  memoryCost: 19_456,
  /** Passes over memory. */
  timeCost: 2,
  /** Lanes. */
  parallelism: 1,
  /** Bytes of output. */
  outputLen: 32,
};
