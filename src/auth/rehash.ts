import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { hashPassword, needsRehash } from './password';

/**
 * After a successful sign-in: replaces a scrypt-era (or weaker argon2) hash with argon2id at
 * today's parameters, the only moment the plain password is at hand. Written only if the stored
 * hash is still the one just verified, so a password changed meanwhile is never overwritten.
 */
export async function rehashIfLegacy(db: Db, user: { id: number; passwordHash: string }, password: string): Promise<void> {
  if (!needsRehash(user.passwordHash)) return;
  const fresh = await hashPassword(password);
  await db
    .update(users)
    .set({ passwordHash: fresh })
    .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
}
