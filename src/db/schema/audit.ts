import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './_helpers';

/**
 * Who did what, when, with which inputs (secrets redacted) and what came of it. Append-only: a
 * trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditRecords = pgTable(
  'audit_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: tstz('at').notNull().defaultNow(),
    actorId: integer('actor_id'),
    actorEmail: text('actor_email'),
    /** What was done, e.g. `auth.login`, `check.run`, `bulk.queue-closure`. */
    action: text('action').notNull(),
    /** What it was done to, e.g. `mailbox:3`. */
    target: text('target'),
    inputs: jsonb('inputs').$type<unknown>(),
    /** `ok`, `denied`, `failed`, `partial`… */
    outcome: text('outcome').notNull(),
    details: jsonb('details').$type<unknown>(),
    ip: text('ip'),
  },
  (t) => [
    index('audit_records_at_idx').on(t.at),
    index('audit_records_action_idx').on(t.action),
    /** The audit screen's keyset pages filtered by action or by actor (migration 0011). */
    index('audit_records_action_id_idx').on(t.action, t.id),
    index('audit_records_actor_email_id_idx').on(t.actorEmail, t.id),
    /** The default view's keyset pages: every record but check runs (migration 0019). */
    index('audit_records_changes_id_idx')
      .on(t.id)
      .where(sql`${t.action} <> 'check.run'`),
  ],
);

export type AuditRecord = typeof auditRecords.$inferSelect;
