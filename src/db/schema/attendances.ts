import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { tstz } from './_helpers';
import { users } from './access';
import { services } from './services';
import { chatQueues } from './chat';

/** Closing reasons. `batch-finalized` ("Finalizado em lote" / "Batch Finalized") is written by bulk closure. */
export const tabulations = pgTable('tabulations', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  namePt: text('name_pt').notNull(),
  nameEn: text('name_en').notNull(),
});

export const attendanceStatuses = ['queued', 'in_attendance', 'finished'] as const;
export const channels = ['chat', 'email', 'whatsapp', 'phone'] as const;

export const attendances = pgTable(
  'attendances',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    protocol: text('protocol').notNull().unique(),
    channel: text('channel', { enum: channels }).notNull(),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
    queueId: integer('queue_id').references(() => chatQueues.id),
    status: text('status', { enum: attendanceStatuses }).notNull(),
    agentId: integer('agent_id').references(() => users.id),
    customerName: text('customer_name').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    startedAt: tstz('started_at'),
    finishedAt: tstz('finished_at'),
    /** After this moment the attendance can no longer be transferred. */
    expiresAt: tstz('expires_at'),
    tabulationId: integer('tabulation_id').references(() => tabulations.id),
    finishedById: integer('finished_by_id').references(() => users.id),
  },
  (t) => [
    index('attendances_agent_id_status_idx').on(t.agentId, t.status),
    index('attendances_queue_id_status_idx').on(t.queueId, t.status),
    /** Each agent's open chats: the load the live checks weigh against Max. chat quantity. */
    index('attendances_open_chats_agent_id_idx')
      .on(t.agentId)
      .where(sql`${t.status} = 'in_attendance' and ${t.channel} = 'chat'`),
    /** A service's attendances in one status, in keyset pages (transfer list, closure batches and counts). */
    index('attendances_service_id_status_id_idx').on(t.serviceId, t.status, t.id),
  ],
);

export const eventTypes = ['created', 'transferred', 'finished'] as const;

/**
 * Append-only history of an attendance; feeds the interaction tracking report. At most one
 * `finished` event per attendance (a unique index holds it), so a resumed bulk closure can never
 * record a closing twice.
 */
export const interactionEvents = pgTable(
  'interaction_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    attendanceId: bigint('attendance_id', { mode: 'number' })
      .notNull()
      .references(() => attendances.id, { onDelete: 'cascade' }),
    type: text('type', { enum: eventTypes }).notNull(),
    at: tstz('at').notNull().defaultNow(),
    byUserId: integer('by_user_id').references(() => users.id),
    fromAgentId: integer('from_agent_id').references(() => users.id),
    toAgentId: integer('to_agent_id').references(() => users.id),
    tabulationId: integer('tabulation_id').references(() => tabulations.id),
    /** The bulk request that wrote the event, if any. */
    requestId: text('request_id'),
    details: jsonb('details').$type<unknown>(),
  },
  (t) => [
    index('interaction_events_attendance_id_idx').on(t.attendanceId),
    /** Keyset pages of the interaction history report, newest first (and any range on `at`). */
    index('interaction_events_at_id_idx').on(t.at, t.id),
    /** The report filtered by tabulation (e.g. every batch-finalized closing), newest first. */
    index('interaction_events_tabulation_id_at_id_idx')
      .on(t.tabulationId, t.at, t.id)
      .where(sql`${t.tabulationId} is not null`),
    uniqueIndex('interaction_events_finished_once_idx')
      .on(t.attendanceId)
      .where(sql`${t.type} = 'finished'`),
  ],
);

export type Attendance = typeof attendances.$inferSelect;
