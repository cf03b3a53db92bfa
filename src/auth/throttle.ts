import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { authThrottle } from '../db/schema';
import { queryRows } from '../db/rows';

/**
 * Sign-in limits. Per account AND address: 5 attempts free, then each further attempt waits twice
 * as long as the one before (15 s, 30 s, 1 min… up to 15 min); the count starts again after 15
 * quiet minutes. Per address, for e-mails that belong to nobody: 20 attempts per 15 minutes.
 * Nothing is counted per account alone, so a guesser elsewhere never locks the owner out.
 */
export const LIMITS = { pairFree: 5, unknownPerAddress: 20, windowMinutes: 15, firstDelaySeconds: 15, maxDelaySeconds: 900 } as const;

const pairKey = (email: string, ip: string) => `pair:${ip} ${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `unknown-ip:${ip}`;

/**
 * Reserves one sign-in attempt BEFORE the password is checked, in one atomic statement: the
 * counter of the account+address pair (or, for an unknown e-mail, of the address) goes up only
 * when the attempt is allowed now, and the statement answers whether it did. Concurrent attempts
 * queue on the counter's row, so N parallel guesses check at most the free attempts. Returns 0
 * when reserved, else the seconds to wait. A successful sign-in releases the pair's counter.
 */
export async function reserveAttempt(db: Db, input: { email: string; ip: string; knownAccount: boolean; now?: Date }): Promise<number> {
  const now = input.now ?? new Date();
  const key = input.knownAccount ? pairKey(input.email, input.ip) : addressKey(input.ip);
  const free = input.knownAccount ? LIMITS.pairFree : LIMITS.unknownPerAddress;
  // ISO strings in raw SQL: drizzle's postgres.js driver does not serialize Date parameters.
  const at = sql`${now.toISOString()}::timestamptz`;
  const window = sql`${`${LIMITS.windowMinutes} minutes`}::interval`;
  const quiet = input.knownAccount ? window : sql`interval '0 seconds'`;
  // A counter starts over once its window is over and any wait it imposed ended `quiet` ago.
  const fresh = sql`(t.window_started_at <= ${at} - ${window} and coalesce(t.blocked_until, '-infinity') <= ${at} - ${quiet})`;
  const n = sql`(case when ${fresh} then 1 else t.failures + 1 end)`;
  const started = sql`(case when ${fresh} then ${at} else t.window_started_at end)`;
  const blockedAfter = (count: SqlLike, start: SqlLike) =>
    input.knownAccount
      ? sql`case when ${count} >= ${free} then ${at} + least(${LIMITS.firstDelaySeconds}::float8 * power(2, ${count} - ${free}), ${LIMITS.maxDelaySeconds}) * interval '1 second' end`
      : sql`case when ${count} >= ${free} then ${start} + ${window} end`;
  const rows = await queryRows<{ failures: number }>(db, sql`
    insert into auth_throttle as t (key, failures, window_started_at, blocked_until)
    values (${key}, 1, ${at}, ${blockedAfter(sql`1`, at)})
    on conflict (key) do update set failures = ${n}, window_started_at = ${started}, blocked_until = ${blockedAfter(n, started)}
    where ${fresh} or t.blocked_until is null or t.blocked_until <= ${at}
    returning t.failures`);
  if (rows.length > 0) return 0;
  const [row] = await db.select({ until: authThrottle.blockedUntil }).from(authThrottle).where(eq(authThrottle.key, key));
  return Math.max(1, Math.ceil(((row?.until?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
}

type SqlLike = ReturnType<typeof sql>;

/** Clears the account+address counter after a successful sign-in. */
export async function releaseAttempt(db: Db, email: string, ip: string): Promise<void> {
  await db.delete(authThrottle).where(eq(authThrottle.key, pairKey(email, ip)));
}
