import { boolean, index, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { timestamps } from './_helpers';
import { teams, userGroups } from './access';

export const securityModes = ['tls', 'starttls', 'none'] as const;

/**
 * A mailbox (caixa de e-mail) Omni reads over IMAP and sends from over SMTP. Passwords are stored
 * encrypted (AES-256-GCM, see src/security/secrets.ts) and never returned by any endpoint.
 */
export const mailboxes = pgTable('mailboxes', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  imapHost: text('imap_host').notNull(),
  imapPort: integer('imap_port').notNull().default(993),
  imapSecurity: text('imap_security', { enum: securityModes }).notNull().default('tls'),
  imapUser: text('imap_user').notNull(),
  imapPasswordEnc: text('imap_password_enc').notNull(),
  folder: text('folder').notNull().default('INBOX'),
  smtpHost: text('smtp_host').notNull(),
  smtpPort: integer('smtp_port').notNull().default(587),
  smtpSecurity: text('smtp_security', { enum: securityModes }).notNull().default('starttls'),
  smtpUser: text('smtp_user').notNull(),
  smtpPasswordEnc: text('smtp_password_enc').notNull(),
  responderTeamId: integer('responder_team_id').references(() => teams.id),
  responderGroupId: integer('responder_group_id').references(() => userGroups.id),
  active: boolean('active').notNull().default(true),
  /** A demo example: its servers do not exist until an admin points it at real ones (saving it clears the mark). */
  example: boolean('example').notNull().default(false),
  ...timestamps,
});

/** A rule of a mailbox: when `condition` matches, do `action`. */
export const mailboxRules = pgTable(
  'mailbox_rules',
  {
    id: serial('id').primaryKey(),
    mailboxId: integer('mailbox_id')
      .notNull()
      .references(() => mailboxes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    position: integer('position').notNull().default(0),
    /** `{ field: 'from'|'to'|'subject'|'body', operator: 'contains'|'equals'|'matches', value }`. */
    condition: jsonb('condition').$type<unknown>().notNull(),
    /** `{ type: 'assign-team'|'assign-group'|'move-folder', target }`. */
    action: jsonb('action').$type<unknown>().notNull(),
    ...timestamps,
  },
  (t) => [index('mailbox_rules_mailbox_id_idx').on(t.mailboxId)],
);

/** Senders whose messages a mailbox does not import (an address or `@domain`). */
export const blockedSenders = pgTable(
  'blocked_senders',
  {
    id: serial('id').primaryKey(),
    mailboxId: integer('mailbox_id')
      .notNull()
      .references(() => mailboxes.id, { onDelete: 'cascade' }),
    pattern: text('pattern').notNull(),
    ...timestamps,
  },
  (t) => [index('blocked_senders_mailbox_id_idx').on(t.mailboxId)],
);

export type Mailbox = typeof mailboxes.$inferSelect;
