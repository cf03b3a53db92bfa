import { boolean, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { timestamps, tstz } from './_helpers';

/**
 * A scheduled task of the task scheduler (agendador de tarefas). External services (the chat
 * distributor, the e-mail reader and sender) report runs through the authenticated heartbeat
 * endpoint with their own token, stored hashed.
 */
export const scheduledTasks = pgTable('scheduled_tasks', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  /** `external` reports heartbeats; `internal` is one of our pg-boss schedules. */
  source: text('source', { enum: ['external', 'internal'] })
    .notNull()
    .default('external'),
  automatic: boolean('automatic').notNull().default(true),
  intervalSec: integer('interval_sec').notNull(),
  lastRunAt: tstz('last_run_at'),
  lastError: text('last_error'),
  lastErrorAt: tstz('last_error_at'),
  /** SHA-256 of the heartbeat token; the token itself is shown once when created. */
  tokenHash: text('token_hash'),
  /**
   * A demo service with nothing behind it: the demo reports its heartbeats itself (src/demo/) until
   * an admin issues the task a real token. Always false outside the demo.
   */
  demoSimulated: boolean('demo_simulated').notNull().default(false),
  ...timestamps,
});

export type ScheduledTask = typeof scheduledTasks.$inferSelect;
