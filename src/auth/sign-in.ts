import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { audit } from '../audit/record';
import { hashPassword, verifyPassword } from './password';
import { rehashIfLegacy } from './rehash';
import { createSession, destroySession } from './session';
import { releaseAttempt, reserveAttempt } from './throttle';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: number }
  | { ok: false; reason: 'invalid' | 'throttled'; retryAfter?: number };

/** A hash to compare against when the e-mail is unknown, so both paths cost the same. */
let decoyHash: Promise<string> | undefined;

/**
 * Checks the credentials, rate-limits attempts per account+address (and per address for unknown
 * e-mails), rotates the session
 * (the previous token is destroyed, a new one issued) and audits the attempt either way.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; ip: string; previousToken?: string; ttlMinutes: number; now?: Date },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  // The attempt is counted (atomically) before the password is checked; see throttle.ts.
  const wait = await reserveAttempt(db, { email, ip: input.ip, knownAccount: !!user, now: input.now });
  if (wait > 0) {
    await audit(db, { actorEmail: email, action: 'auth.login', outcome: 'throttled', ip: input.ip, details: { retryAfter: wait } });
    return { ok: false, reason: 'throttled', retryAfter: wait };
  }
  decoyHash ??= hashPassword('decoy-password-0');
  const valid = user ? await verifyPassword(input.password, user.passwordHash) : (await verifyPassword(input.password, await decoyHash), false);
  if (!user || !valid || !user.active) {
    await audit(db, { actorEmail: email, action: 'auth.login', outcome: 'failed', ip: input.ip, details: { reason: !user ? 'unknown-email' : !valid ? 'wrong-password' : 'inactive' } });
    return { ok: false, reason: 'invalid' };
  }
  await rehashIfLegacy(db, user, input.password);
  await destroySession(db, input.previousToken);
  const { token, expiresAt } = await createSession(db, user.id, input.ttlMinutes);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  await releaseAttempt(db, email, input.ip);
  await audit(db, { actor: { id: user.id, email: user.email }, action: 'auth.login', outcome: 'ok', ip: input.ip });
  return { ok: true, token, expiresAt, userId: user.id };
}
