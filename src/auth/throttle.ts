import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { authThrottle } from '../db/schema';

/** Failed sign-ins allowed per window: 5 per account, 20 per address, in 15 minutes. */
export const LIMITS = { account: 5, address: 20, windowMinutes: 15 } as const;

const keys = (email: string, ip: string) => ({ account: `email:${email.trim().toLowerCase()}`, address: `ip:${ip}` });

/** Seconds to wait before another attempt, or 0 when sign-in may be tried now. */
export async function retryAfterSeconds(db: Db, email: string, ip: string, now = new Date()): Promise<number> {
  const k = keys(email, ip);
  const rows = await db.select().from(authThrottle).where(inArray(authThrottle.key, [k.account, k.address]));
  let wait = 0;
  for (const r of rows) {
    const limit = r.key === k.account ? LIMITS.account : LIMITS.address;
    const ends = r.windowStartedAt.getTime() + LIMITS.windowMinutes * 60_000;
    if (r.failures >= limit && ends > now.getTime()) wait = Math.max(wait, Math.ceil((ends - now.getTime()) / 1000));
  }
  return wait;
}

/** Counts one failed sign-in against the account and the address (a new window once the old one ends). */
export async function recordFailure(db: Db, email: string, ip: string, now = new Date()): Promise<void> {
  // ISO strings in raw SQL: drizzle's postgres.js driver does not serialize Date parameters.
  const windowStart = new Date(now.getTime() - LIMITS.windowMinutes * 60_000).toISOString();
  const nowIso = now.toISOString();
  for (const key of Object.values(keys(email, ip))) {
    await db
      .insert(authThrottle)
      .values({ key, failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: authThrottle.key,
        set: {
          failures: sql`case when ${authThrottle.windowStartedAt} < ${windowStart}::timestamptz then 1 else ${authThrottle.failures} + 1 end`,
          windowStartedAt: sql`case when ${authThrottle.windowStartedAt} < ${windowStart}::timestamptz then ${nowIso}::timestamptz else ${authThrottle.windowStartedAt} end`,
        },
      });
  }
}

/** Clears the account's counter after a successful sign-in. */
export async function clearAccount(db: Db, email: string): Promise<void> {
  await db.delete(authThrottle).where(eq(authThrottle.key, keys(email, '').account));
}
