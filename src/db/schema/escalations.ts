import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tstz } from './_helpers';
import { users } from './access';
import { checkRuns } from './checks';
import { services } from './services';

export const escalationStatuses = ['open', 'taken', 'resolved', 'cancelled'] as const;
export const kbOutcomes = ['covered', 'gap', 'wrong'] as const;
export const escalationEventKinds = ['created', 'note', 'rerun', 'assigned', 'status'] as const;

/**
 * An escalation record: the search, the article section (with its content hash when escalated),
 * what the agent saw and told the customer, the handoff target, and its state. `id` is 128 random
 * bits in base32; `serviceId` (from the attendance) widens who may read it to that service's supervisors.
 */
export const escalations = pgTable(
  'escalations',
  {
    id: text('id').primaryKey(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    /** The creator's language (free text is written in it). */
    lang: text('lang', { enum: ['pt-BR', 'en'] }).notNull(),
    status: text('status', { enum: escalationStatuses }).notNull().default('open'),
    assigneeId: integer('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** The role the article's escalation section names (`operation-admin`, `company-it`…). */
    target: text('target'),
    /** The article's id without language (`email/emails-not-arriving`). */
    article: text('article').notNull(),
    /** The section's anchor in the creator's language. */
    section: text('section'),
    /** SHA-256 of the article's source when escalated: a different one now means "changed since". */
    articleHash: text('article_hash').notNull(),
    query: text('query'),
    symptom: text('symptom').notNull(),
    toldCustomer: text('told_customer'),
    attendanceId: bigint('attendance_id', { mode: 'number' }),
    serviceId: integer('service_id').references(() => services.id, { onDelete: 'set null' }),
    kbOutcome: text('kb_outcome', { enum: kbOutcomes }),
    resolvedAt: tstz('resolved_at'),
  },
  (t) => [index('escalations_created_by_idx').on(t.createdBy, t.createdAt)],
);

/** A check run attached to an escalation: by the agent when creating it, or a re-run from the record. */
export const escalationRuns = pgTable(
  'escalation_runs',
  {
    escalationId: text('escalation_id')
      .notNull()
      .references(() => escalations.id, { onDelete: 'cascade' }),
    checkRunId: bigint('check_run_id', { mode: 'number' })
      .notNull()
      .references(() => checkRuns.id, { onDelete: 'cascade' }),
    origin: text('origin', { enum: ['agent', 'rerun'] }).notNull(),
    /** For a re-run: the attached run it repeats (its "then"). */
    rerunOf: bigint('rerun_of', { mode: 'number' }).references(() => checkRuns.id, { onDelete: 'set null' }),
    byId: integer('by_id').references(() => users.id, { onDelete: 'set null' }),
    at: tstz('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'escalation_runs_pk', columns: [t.escalationId, t.checkRunId] })],
);

/** The append-only timeline of an escalation: created, notes (plain text), re-runs, assignment, status. */
export const escalationEvents = pgTable(
  'escalation_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    escalationId: text('escalation_id')
      .notNull()
      .references(() => escalations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: escalationEventKinds }).notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    at: tstz('at').notNull().defaultNow(),
    text: text('text'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('escalation_events_escalation_idx').on(t.escalationId, t.id)],
);

export type Escalation = typeof escalations.$inferSelect;
