import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, serial, text, uniqueIndex, bigserial } from 'drizzle-orm/pg-core';
import { timestamps, tstz } from './_helpers';
import { users } from './access';

/** A service (serviço) of the operation; exactly one is the default service. */
export const services = pgTable(
  'services',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull().unique(),
    isDefault: boolean('is_default').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('services_is_default_idx')
      .on(t.isDefault)
      .where(sql`${t.isDefault}`),
  ],
);

export const linkKinds = ['permanent', 'temporary'] as const;

/**
 * A user associated to a service. A temporary link remembers the origin service and reverts on
 * `revertOn` (a date in the organization's time zone: the day after the migration).
 */
export const userServiceLinks = pgTable(
  'user_service_links',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: linkKinds }).notNull().default('permanent'),
    originServiceId: integer('origin_service_id').references(() => services.id),
    revertOn: date('revert_on'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.serviceId] }),
    index('user_service_links_service_id_idx').on(t.serviceId),
    index('user_service_links_revert_on_idx')
      .on(t.revertOn)
      .where(sql`${t.kind} = 'temporary'`),
  ],
);

/** Services a supervisor manages; a supervisor acts only on these. */
export const serviceManagers = pgTable(
  'service_managers',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.serviceId] })],
);

/** Each migration and each automatic return of a user between services. Append-only. */
export const userServiceHistory = pgTable(
  'user_service_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fromServiceId: integer('from_service_id').references(() => services.id),
    toServiceId: integer('to_service_id').references(() => services.id),
    /** migration-permanent, migration-temporary or return. */
    event: text('event').notNull(),
    byUserId: integer('by_user_id').references(() => users.id),
    /** Bulk request that produced it, so a resumed job never records it twice. */
    requestId: text('request_id'),
    at: tstz('at').notNull().defaultNow(),
  },
  (t) => [index('user_service_history_user_id_idx').on(t.userId)],
);

export type Service = typeof services.$inferSelect;
