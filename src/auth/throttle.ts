import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { authThrottle } from '../db/schema';
import { queryRows } from '../db/rows';

/**
 * Sign-in limits, after OWASP's device-cookie scheme (src/auth/device-cookie.ts). Three budgets:
 * - `device:<nonce>`: a browser holding a valid device cookie of the account has its own: 5
 *   failures free, then each further attempt waits twice as long as the one before (15 s, 30 s,
 *   1 min… up to 15 min); the count starts again after 15 quiet minutes or a success.
 * - `account:<e-mail>`: every other (untrusted) client of that e-mail shares one budget of the same
 *   shape. Counted the same for e-mails that belong to nobody, so the answers (status, message,
 *   Retry-After, when the wait starts) never tell which e-mails have accounts.
 * - `address:<ip>`: untrusted failures from one address, any e-mail: 100 per 15 minutes, then
 *   nothing until the window ends (spraying many accounts from one place).
 * An attacker's failures thus lock out only untrusted clients of the account; its owner, from a
 * browser that signed in before, keeps signing in, even behind the same proxy or NAT.
 */
export const LIMITS = { accountFree: 5, deviceFree: 5, addressFree: 100, windowMinutes: 15, firstDelaySeconds: 15, maxDelaySeconds: 900 } as const;

/** A counter: an account's untrusted clients, one trusted device, or one address. */
export type Budget = { account: string } | { device: string } | { address: string };

const keyOf = (b: Budget) => ('account' in b ? `account:${b.account.trim().toLowerCase()}` : 'device' in b ? `device:${b.device}` : `address:${b.address}`);

/**
 * Reserves one attempt on `budget` BEFORE the password is checked, in one atomic statement: the
 * counter goes up only when the attempt is allowed now, and the statement answers whether it did.
 * Concurrent attempts queue on the counter's row, so N parallel guesses check at most the free
 * attempts. Returns 0 when reserved, else the seconds to wait.
 */
export async function reserveAttempt(db: Db, budget: Budget, now = new Date()): Promise<number> {
  const key = keyOf(budget);
  const backoff = !('address' in budget);
  const free = 'account' in budget ? LIMITS.accountFree : 'device' in budget ? LIMITS.deviceFree : LIMITS.addressFree;
  // ISO strings in raw SQL: drizzle's postgres.js driver does not serialize Date parameters.
  const at = sql`${now.toISOString()}::timestamptz`;
  const window = sql`${`${LIMITS.windowMinutes} minutes`}::interval`;
  const quiet = backoff ? window : sql`interval '0 seconds'`;
  // A counter starts over once its window is over and any wait it imposed ended `quiet` ago.
  const fresh = sql`(t.window_started_at <= ${at} - ${window} and coalesce(t.blocked_until, '-infinity') <= ${at} - ${quiet})`;
  const n = sql`(case when ${fresh} then 1 else t.failures + 1 end)`;
  const started = sql`(case when ${fresh} then ${at} else t.window_started_at end)`;
  const blockedAfter = (count: SqlLike, start: SqlLike) =>
    backoff
      ? sql`case when ${count} >= ${free} then ${at} + least(${LIMITS.firstDelaySeconds}::float8 * power(2, ${count} - ${free}), ${LIMITS.maxDelaySeconds}) * interval '1 second' end`
      : sql`case when ${count} >= ${free} then ${start} + ${window} end`;
  const rows = await queryRows<{ failures: number }>(
    db,
    sql`
    insert into auth_throttle as t (key, failures, window_started_at, blocked_until)
    values (${key}, 1, ${at}, ${blockedAfter(sql`1`, at)})
    on conflict (key) do update set failures = ${n}, window_started_at = ${started}, blocked_until = ${blockedAfter(n, started)}
    where ${fresh} or t.blocked_until is null or t.blocked_until <= ${at}
    returning t.failures`,
  );
  if (rows.length > 0) return 0;
  const [row] = await db.select({ until: authThrottle.blockedUntil }).from(authThrottle).where(eq(authThrottle.key, key));
  return Math.max(1, Math.ceil(((row?.until?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
}

type SqlLike = ReturnType<typeof sql>;

/**
 * Gives back a reserved attempt that was not a failure: an account's or a device's counter starts
 * over (a success), an address's goes down by one (it counts failures, not sign-ins: a busy office
 * behind one address signs in all day).
 */
export async function releaseAttempt(db: Db, budget: Budget): Promise<void> {
  const key = keyOf(budget);
  if ('address' in budget) {
    // Only this attempt's unit: a wait already imposed stays (the failures that caused it were real).
    await db
      .update(authThrottle)
      .set({ failures: sql`greatest(${authThrottle.failures} - 1, 0)` })
      .where(eq(authThrottle.key, key));
  } else {
    await db.delete(authThrottle).where(eq(authThrottle.key, key));
  }
}

/**
 * Deletes the counters that would start over at their next attempt anyway (window over, any wait
 * ended 15 minutes ago): run with the hourly session purge, so e-mails typed once (unknown ones
 * included) do not pile up. Returns how many went.
 */
export async function purgeIdleCounters(db: Db, now = new Date()): Promise<number> {
  const cutoff = sql`${now.toISOString()}::timestamptz - ${`${LIMITS.windowMinutes} minutes`}::interval`;
  const rows = await queryRows<{ key: string }>(
    db,
    sql`
    delete from auth_throttle where window_started_at <= ${cutoff} and coalesce(blocked_until, '-infinity') <= ${cutoff} returning key`,
  );
  return rows.length;
}
