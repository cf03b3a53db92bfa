import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { audit } from '../audit/record';
import { hashPassword, verifyPassword } from './password';
import { rehashIfLegacy } from './rehash';
import { createSession, destroySession } from './session';
import { releaseAttempt, reserveAttempt, type Budget } from './throttle';
import { deviceNonce, issueDeviceCookie } from './device-cookie';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: number; /** The browser's new device cookie (src/auth/device-cookie.ts). */ deviceCookie: string }
  | { ok: false; reason: 'invalid' | 'throttled'; retryAfter?: number };

/** A hash to compare against when the e-mail is unknown, so both paths cost the same. */
let decoyHash: Promise<string> | undefined;

/**
 * Checks the credentials under the sign-in limits (src/auth/throttle.ts): a browser presenting a
 * valid device cookie of the account spends its own budget; any other client spends the account's
 * shared budget and its address's, the same way whether or not the e-mail has an account. On
 * success it rotates the session (the previous token is destroyed, a new one issued) and issues a
 * new device cookie. Audits the attempt either way.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; ip: string; deviceCookie?: string; previousToken?: string; ttlMinutes: number; now?: Date },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const nonce = deviceNonce(input.deviceCookie, user?.id);
  const budgets: Budget[] = nonce ? [{ device: nonce }] : [{ address: input.ip }, { account: email }];
  // Each attempt is counted (atomically) before the password is checked; see throttle.ts. A budget
  // that refuses gives back what the ones before it reserved: that attempt was never made.
  const reserved: Budget[] = [];
  for (const budget of budgets) {
    const wait = await reserveAttempt(db, budget, input.now);
    if (wait > 0) {
      for (const b of reserved) if ('address' in b) await releaseAttempt(db, b);
      await audit(db, { actorEmail: email, action: 'auth.login', outcome: 'throttled', ip: input.ip, details: { retryAfter: wait, trustedDevice: !!nonce } });
      return { ok: false, reason: 'throttled', retryAfter: wait };
    }
    reserved.push(budget);
  }
  decoyHash ??= hashPassword('decoy-password-0');
  const valid = user ? await verifyPassword(input.password, user.passwordHash) : (await verifyPassword(input.password, await decoyHash), false);
  if (!user || !valid || !user.active) {
    await audit(db, {
      actorEmail: email,
      action: 'auth.login',
      outcome: 'failed',
      ip: input.ip,
      details: { reason: !user ? 'unknown-email' : !valid ? 'wrong-password' : 'inactive', trustedDevice: !!nonce },
    });
    return { ok: false, reason: 'invalid' };
  }
  await rehashIfLegacy(db, user, input.password);
  await destroySession(db, input.previousToken);
  const { token, expiresAt } = await createSession(db, user.id, input.ttlMinutes);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  for (const b of reserved) await releaseAttempt(db, b);
  await audit(db, {
    actor: { id: user.id, email: user.email },
    action: 'auth.login',
    outcome: 'ok',
    ip: input.ip,
    details: nonce ? { trustedDevice: true } : undefined,
  });
  return { ok: true, token, expiresAt, userId: user.id, deviceCookie: issueDeviceCookie(user.id).value };
}
