import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps, tstz } from './_helpers';

/** A named set of permissions (perfil). The default one ("User") grants only the attendance screen. */
export const profiles = pgTable('profiles', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  isDefault: boolean('is_default').notNull().default(false),
  /** Permission strings, see src/auth/permissions.ts. */
  permissions: text('permissions')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  ...timestamps,
});

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    passwordHash: text('password_hash').notNull(),
    profileId: integer('profile_id')
      .notNull()
      .references(() => profiles.id),
    /** Maximum inbound attendances (max_attend); 0 by default. */
    maxAttend: integer('max_attend').notNull().default(0),
    /** Maximum simultaneous chats ("Qtde máxima de chat"). */
    maxChats: integer('max_chats').notNull().default(1),
    active: boolean('active').notNull().default(true),
    /** Whether the user is currently available for chats (dashboard status). */
    available: boolean('available').notNull().default(false),
    lastLoginAt: tstz('last_login_at'),
    /** When maxChats/maxAttend last changed: a session older than this still runs on the old limit. */
    limitsChangedAt: tstz('limits_changed_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`),
    index('users_profile_id_idx').on(t.profileId),
    index('users_active_idx').on(t.active),
    // Idle active users, oldest first (license count): never signed in, then by last sign-in.
    index('users_active_last_login_at_idx')
      .on(t.lastLoginAt.asc().nullsFirst())
      .where(sql`${t.active}`),
    /** Who can take chats right now (chat-distribution reads it index-only, with their limit). */
    index('users_available_idx')
      .on(t.id, t.maxChats)
      .where(sql`${t.active} and ${t.available}`),
  ],
);

/** Teams link users to mailboxes, chat queues and documents, and carry module permissions. */
export const teams = pgTable('teams', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  permissions: text('permissions')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  ...timestamps,
});

/** User groups (grupos de usuários): membership consumes a license; they carry module permissions. */
export const userGroups = pgTable('user_groups', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  permissions: text('permissions')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  ...timestamps,
});

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The member receives follow-ups addressed to the team. */
    followupRecipient: boolean('followup_recipient').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_id_idx').on(t.userId)],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => userGroups.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_id_idx').on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Profile = typeof profiles.$inferSelect;
