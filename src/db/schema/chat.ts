import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, serial, smallint, text, time } from 'drizzle-orm/pg-core';
import { timestamps } from './_helpers';
import { teams } from './access';
import { services } from './services';

/** A schedule grid (grade de horário), shared by any number of queues. */
export const scheduleGrids = pgTable('schedule_grids', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  ...timestamps,
});

/**
 * One service interval of a grid on a weekday (0 = Sunday). `endsAt` earlier than `startsAt` means
 * the interval crosses midnight and ends on the next day.
 */
export const gridIntervals = pgTable(
  'grid_intervals',
  {
    id: serial('id').primaryKey(),
    gridId: integer('grid_id')
      .notNull()
      .references(() => scheduleGrids.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
  },
  (t) => [index('grid_intervals_grid_id_idx').on(t.gridId)],
);

export const holidays = pgTable('holidays', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  date: date('date').notNull(),
  ...timestamps,
});

export const gridHolidays = pgTable(
  'grid_holidays',
  {
    gridId: integer('grid_id')
      .notNull()
      .references(() => scheduleGrids.id, { onDelete: 'cascade' }),
    holidayId: integer('holiday_id')
      .notNull()
      .references(() => holidays.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.gridId, t.holidayId] })],
);

/** A chat queue (fila de chat). */
export const chatQueues = pgTable(
  'chat_queues',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull().unique(),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
    gridId: integer('grid_id').references(() => scheduleGrids.id),
    outOfService: boolean('out_of_service').notNull().default(false),
    attachmentsEnabled: boolean('attachments_enabled').notNull().default(false),
    /** Allowed attachment extensions, lower case without the dot. */
    allowedExtensions: text('allowed_extensions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    waitTimeoutSec: integer('wait_timeout_sec').notNull().default(600),
    inactivityTimeoutSec: integer('inactivity_timeout_sec').notNull().default(300),
    ...timestamps,
  },
  (t) => [index('chat_queues_service_id_idx').on(t.serviceId)],
);

export const queueTeams = pgTable(
  'queue_teams',
  {
    queueId: integer('queue_id')
      .notNull()
      .references(() => chatQueues.id, { onDelete: 'cascade' }),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.teamId] }), index('queue_teams_team_id_idx').on(t.teamId)],
);

export type ChatQueue = typeof chatQueues.$inferSelect;
