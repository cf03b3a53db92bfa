import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '@/auth/password';
import { decryptSecret, encryptSecret } from '@/security/secrets';
import { redact } from '@/audit/record';

describe('hashPassword', () => {
  test('returns a salted argon2id hash that verifies only the same password', async () => {
    const a = await hashPassword('Açaí-2026');
    const b = await hashPassword('Açaí-2026');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Açaí-2026', a)).toBe(true);
    expect(await verifyPassword('Acai-2026', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe('passwordProblem', () => {
  test('returns the reason for weak passwords and null for a good one', () => {
    expect(passwordProblem('abc1')).toBe('too-short');
    expect(passwordProblem('abcdefghij')).toBe('needs-letter-and-digit');
    expect(passwordProblem('senha123')).toBe('too-common');
    expect(passwordProblem('Jabuticaba-77')).toBeNull();
  });
});

describe('encryptSecret', () => {
  const key = randomBytes(32);
  test('returns ciphertext that decrypts back and never contains the secret', () => {
    const enc = encryptSecret('s3nha-da-caixa', key);
    expect(enc).not.toContain('s3nha');
    expect(decryptSecret(enc, key)).toBe('s3nha-da-caixa');
  });
  test('refuses a tampered value or another key', () => {
    const enc = encryptSecret('x', key);
    expect(() => decryptSecret(enc, randomBytes(32))).toThrow(/cannot be decrypted/);
    expect(() => decryptSecret(enc.slice(0, -2) + 'AA', key)).toThrow();
  });
});

describe('redact', () => {
  test('returns a copy with every secret-looking field replaced', () => {
    expect(redact({ email: 'a@b', password: 'p', nested: [{ smtpPassword: 'q', host: 'h' }], token: 't' })).toEqual({
      email: 'a@b',
      password: '[redacted]',
      nested: [{ smtpPassword: '[redacted]', host: 'h' }],
      token: '[redacted]',
    });
  });
});
