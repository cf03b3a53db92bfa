import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex, bigserial } from 'drizzle-orm/pg-core';
import { timestamps, tstz } from './_helpers';
import { users } from './access';
import { services } from './services';
import type { Localized } from '../../i18n/localized';

export const bulkRequestStates = ['waiting', 'running', 'done', 'failed', 'cancelled'] as const;
export type BulkRequestState = (typeof bulkRequestStates)[number];

/**
 * One confirmed bulk action (user import, user migration, attendance transfer, queue closure…).
 * Written at confirm; the pg-boss job moves it waiting → running → done | failed. See src/bulk/.
 */
export const bulkRequests = pgTable(
  'bulk_requests',
  {
    /** Random UUID, also the pg-boss job's data. */
    id: text('id').primaryKey(),
    /** Registered kind, e.g. `user-import`, `user-migration`. */
    kind: text('kind').notNull(),
    /** The service the action works on: jobs run one at a time per service. Null: organization-wide. */
    serviceId: integer('service_id').references(() => services.id),
    requestedBy: integer('requested_by').references(() => users.id),
    state: text('state', { enum: bulkRequestStates }).notNull().default('waiting'),
    /** The validated input, secrets redacted. */
    input: jsonb('input').$type<unknown>(),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    /**
     * Range-based kinds (queue closure): the highest key the committed batches reached, advanced in
     * each batch's transaction together with its writes and `processed`; a resumed job continues
     * after it (migration 0012). Null for item-based kinds and before the first batch.
     */
    highWaterMark: bigint('high_water_mark', { mode: 'number' }),
    /** Summary written when the job ends (kind-specific). */
    result: jsonb('result').$type<Record<string, unknown>>(),
    /** Localized message when the request failed as a whole. */
    error: jsonb('error').$type<Localized>(),
    /** Language of the requester, for messages and CSV headers. */
    lang: text('lang').notNull().default('pt-BR'),
    /** pg-boss job id of the latest enqueue. */
    jobId: text('job_id'),
    startedAt: tstz('started_at'),
    finishedAt: tstz('finished_at'),
    /** When the requester was e-mailed that the request ended (alert SMTP server; migration 0021). */
    endedNoticeAt: tstz('ended_notice_at'),
    ...timestamps,
  },
  (t) => [
    index('bulk_requests_state_idx')
      .on(t.state)
      .where(sql`${t.state} in ('waiting', 'running')`),
    index('bulk_requests_requested_by_idx').on(t.requestedBy),
    /** Keyset pages of the bulk history, newest first (migration 0011). */
    index('bulk_requests_created_at_id_idx').on(t.createdAt.desc(), t.id.desc()),
    /** At most one running request per service, whatever pg-boss does (organization-wide ones count as service 0). */
    uniqueIndex('bulk_requests_one_running_per_service_idx')
      .on(sql`coalesce(${t.serviceId}, 0)`)
      .where(sql`${t.state} = 'running'`),
  ],
);

export const bulkItemStates = ['pending', 'applied', 'failed', 'skipped'] as const;
export type BulkItemState = (typeof bulkItemStates)[number];

/**
 * One item of a bulk request. The item's change and `state = 'applied'` are written in ONE
 * transaction, so a job resumed after a crash skips what is already applied and loses nothing.
 */
export const bulkItems = pgTable(
  'bulk_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: text('request_id')
      .notNull()
      .references(() => bulkRequests.id, { onDelete: 'cascade' }),
    /** Stable key of the item within its request (user id, CSV line…). */
    itemKey: text('item_key').notNull(),
    /** Order in which items are processed. */
    seq: integer('seq').notNull(),
    state: text('state', { enum: bulkItemStates }).notNull().default('pending'),
    /** What the item needs to be applied (kind-specific; secrets encrypted, cleared once applied). */
    payload: jsonb('payload').$type<unknown>(),
    /** Human label for reports (e-mail, name…), never a secret. */
    label: text('label').notNull().default(''),
    /** Why it failed or was skipped: `{ 'pt-BR', en }`. */
    reason: jsonb('reason').$type<Localized>(),
    appliedAt: tstz('applied_at'),
  },
  (t) => [uniqueIndex('bulk_items_request_id_item_key_idx').on(t.requestId, t.itemKey), index('bulk_items_request_id_seq_idx').on(t.requestId, t.seq)],
);

export type BulkRequest = typeof bulkRequests.$inferSelect;
export type BulkItem = typeof bulkItems.$inferSelect;
