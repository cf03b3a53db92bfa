import { timestamp } from 'drizzle-orm/pg-core';

/** `created_at` / `updated_at`, with time zone, filled by the database. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A timestamp with time zone column. */
export const tstz = (name: string) => timestamp(name, { withTimezone: true });
