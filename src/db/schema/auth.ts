import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './_helpers';
import { users } from './access';

/** Sign-in sessions. `id` is the SHA-256 of the cookie token; the token itself is never stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    lastSeenAt: tstz('last_seen_at').notNull().defaultNow(),
    expiresAt: tstz('expires_at').notNull(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId), index('sessions_expires_at_idx').on(t.expiresAt)],
);

/**
 * Sign-in attempt counters (src/auth/throttle.ts): per trusted device (`device:<nonce>`), per
 * account for every untrusted client (`account:<email>`, known or not) and per address
 * (`address:<ip>`). An attempt is counted before the password is checked; a success releases it.
 */
export const authThrottle = pgTable('auth_throttle', {
  key: text('key').primaryKey(),
  /** Attempts counted in the current window (reserved before the check). */
  failures: integer('failures').notNull().default(0),
  windowStartedAt: tstz('window_started_at').notNull().defaultNow(),
  /** No attempt is allowed before this time (backoff); null: allowed now. */
  blockedUntil: tstz('blocked_until'),
});
