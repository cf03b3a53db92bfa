import { integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * The users who consume a license right now (active and in at least one group), kept in step by
 * triggers on users and group_members (migration license_usage_triggers), so the license count
 * reads one row instead of scanning every user.
 */
export const licenseConsumers = pgTable('license_consumers', {
  userId: integer('user_id').primaryKey(),
});

/** Row id 1: how many rows license_consumers holds, maintained by the same triggers. */
export const licenseUsage = pgTable('license_usage', {
  id: integer('id').primaryKey().default(1),
  consumed: integer('consumed').notNull().default(0),
});
