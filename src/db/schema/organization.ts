import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './_helpers';

/** The one organization this installation serves (row id 1): its name, time zone and license pool. */
export const organization = pgTable('organization', {
  id: integer('id').primaryKey().default(1),
  name: text('name').notNull(),
  /** IANA time zone; schedules, holidays and temporary migrations are evaluated in it. */
  timeZone: text('time_zone').notNull().default('America/Sao_Paulo'),
  /** Contracted seats: an active user who belongs to at least one group consumes one. */
  contractedSeats: integer('contracted_seats').notNull().default(0),
  /** True while this is the demo organization `npm start` creates (the dashboard says so in a banner). */
  demo: boolean('demo').notNull().default(false),
  ...timestamps,
});

export type Organization = typeof organization.$inferSelect;
