import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './_helpers';
import type { Finding } from '../../checks/types';
import type { Localized } from '../../i18n/localized';
import { users } from './access';

/**
 * Every run of a live check, kept for the health dashboard's history: status, summary and findings
 * as the check returned them, how long it took, the input (secrets redacted) and who ran it.
 */
export const checkRuns = pgTable(
  'check_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    checkId: text('check_id').notNull(),
    /** `ok`, `warn` or `fail`. */
    status: text('status', { enum: ['ok', 'warn', 'fail'] }).notNull(),
    /** `{ 'pt-BR', en }`. */
    summary: jsonb('summary').$type<Localized>().notNull(),
    findings: jsonb('findings').$type<Finding[]>().notNull(),
    durationMs: integer('duration_ms').notNull(),
    input: jsonb('input').$type<Record<string, unknown>>(),
    /** The user who ran it; null for a monitor using HEALTH_TOKEN. */
    runBy: integer('run_by').references(() => users.id, { onDelete: 'set null' }),
    at: tstz('at').notNull().defaultNow(),
    /** How the run ended: `result` (the check answered), `timeout` (its time limit) or `error` (it threw); the last two are stored as `fail`. */
    outcome: text('outcome', { enum: ['result', 'timeout', 'error'] })
      .notNull()
      .default('result'),
  },
  (t) => [
    index('check_runs_check_id_at_idx').on(t.checkId, t.at),
    // The latest run of a check for one exact input (a swept record, or the check's own `{}`): /metrics.
    index('check_runs_check_input_at_idx').on(t.checkId, sql`md5(${t.input}::text)`, t.at),
  ],
);

export type CheckRun = typeof checkRuns.$inferSelect;
