import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

let cachedKey: Buffer | undefined;

/**
 * The 32-byte key that encrypts secrets at rest: `SECRET_KEY` (base64) from the environment, or,
 * for the demo, a key generated once into `DATA_DIR/secret.key` (mode 0600).
 */
export function secretKey(): Buffer {
  if (cachedKey) return cachedKey;
  const fromEnv = process.env.SECRET_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new Error('SECRET_KEY must be 32 bytes encoded in base64 (for example: openssl rand -base64 32).');
    return (cachedKey = key);
  }
  const dir = resolve(process.env.DATA_DIR ?? './data');
  const file = join(dir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return (cachedKey = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function encryptSecret(plain: string, key = secretKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

/** Decrypts what `encryptSecret` wrote; throws when the value was tampered with or the key changed. */
export function decryptSecret(stored: string, key = secretKey()): string {
  const [v, iv, tag, data] = stored.split('.');
  if (v !== 'v1' || !iv || !tag || data === undefined) throw new Error('This secret is not in a known format; enter it again.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch (cause) {
    throw new Error('This secret cannot be decrypted with the current SECRET_KEY; enter it again.', { cause });
  }
}
