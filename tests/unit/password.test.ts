import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, test } from 'vitest';
import { needsRehash, verifyPassword } from '@/auth/password';
import { hashScryptLegacy } from '@/auth/scrypt-legacy';
import { HashPool, hashPool } from '@/auth/hash-pool';

describe('verifyPassword', () => {
  test('returns true for the right password against a scrypt-era hash, false otherwise', async () => {
    const legacy = await hashScryptLegacy('Jabuticaba-77', randomBytes(16));
    expect(legacy).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('Jabuticaba-77', legacy)).toBe(true);
    expect(await verifyPassword('Jabuticaba-78', legacy)).toBe(false);
  }, 30_000);

  test('returns false for malformed or hostile hashes instead of throwing', async () => {
    for (const stored of [
      '',
      '$argon2id$',
      '$argon2id$v=19$m=19456,t=2,p=1$xx$yy',
      'scrypt$abc$8$1$c2FsdA$a2V5',
      'scrypt$4294967296$8$1$c2FsdA$a2V5',
      'scrypt$16384$8$1$c2FsdA$',
      'bcrypt$x',
    ]) {
      expect(await verifyPassword('Jabuticaba-77', stored)).toBe(false);
    }
  });
});

describe('needsRehash', () => {
  test('returns true for scrypt-era and weaker argon2 hashes, false for argon2id at today’s parameters', async () => {
    const pool = new HashPool(1);
    try {
      expect(needsRehash(await pool.hash('Jabuticaba-77'))).toBe(false);
    } finally {
      await pool.close();
    }
    expect(needsRehash(await hashScryptLegacy('Jabuticaba-77', randomBytes(16)))).toBe(true);
    expect(needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2U')).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  }, 30_000);
});

describe('HashPool', () => {
  afterAll(async () => hashPool().close());

  test('returns NFC-normalized argon2id hashes that verify, one worker per core and no more', async () => {
    const pool = new HashPool(3);
    try {
      const passwords = Array.from({ length: 7 }, (_, i) => `Senha-forte-${i}`);
      const hashes = await Promise.all(passwords.map((p) => pool.hash(p)));
      expect(pool.started).toBe(3);
      for (const [i, h] of hashes.entries()) {
        expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
        expect(await verifyPassword(passwords[i], h)).toBe(true);
        expect(await verifyPassword(passwords[(i + 1) % passwords.length], h)).toBe(false);
      }
      // "Açaí" typed decomposed (a + combining acute) verifies against the composed form.
      expect(await verifyPassword('Açaí-2026', await pool.hash('Ac\u0327ai\u0301-2026'))).toBe(true);
    } finally {
      await pool.close();
    }
  }, 30_000);

  test('the shared pool is sized to the machine', () => {
    expect(hashPool().size).toBe(availableParallelism());
  });
});
