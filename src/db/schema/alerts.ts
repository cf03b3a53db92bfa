import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps, tstz } from './_helpers';
import { users } from './access';
import { scheduleGrids } from './chat';
import { mailboxes } from './email';
import { checkRuns } from './checks';

/**
 * Who hears an alert. An e-mail contact sends through the alert SMTP server (`ALERT_SMTP_URL`) or, when
 * `mailboxId` is set, through that mailbox's SMTP settings; a webhook contact posts one body per event
 * in its `format`. The target (an address or a webhook URL, which is a credential) and the signing
 * secret are encrypted at rest (src/security/secrets.ts); screens show `targetHint` (host + last
 * characters), never the target. `enabled` false: the contact receives nothing (the demo's example).
 */
export const alertContacts = pgTable('alert_contacts', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['email', 'webhook'] }).notNull(),
  /** Webhook body: `json` (signed, Standard Webhooks), `slack`, `teams` (Adaptive Card), `google-chat`. Null for e-mail. */
  format: text('format', { enum: ['json', 'slack', 'teams', 'google-chat'] }),
  targetEnc: text('target_enc').notNull(),
  /** What screens show of the target: `sac@…example.com` or `hooks.example.com/…a1b2`. */
  targetHint: text('target_hint').notNull(),
  /** The Standard Webhooks signing secret (`whsec_…`) of a `json` webhook, encrypted. */
  signingSecretEnc: text('signing_secret_enc'),
  /** Send e-mail through this mailbox's SMTP settings instead of ALERT_SMTP_URL. */
  mailboxId: integer('mailbox_id').references(() => mailboxes.id, { onDelete: 'set null' }),
  lang: text('lang', { enum: ['pt-BR', 'en'] })
    .notNull()
    .default('pt-BR'),
  sendResolved: boolean('send_resolved').notNull().default(true),
  enabled: boolean('enabled').notNull().default(true),
  lastOkAt: tstz('last_ok_at'),
  lastErrorAt: tstz('last_error_at'),
  /** What the last failed delivery or test got back (SMTP reply or HTTP status), never a secret. */
  lastError: text('last_error'),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps,
});

/** Which records a rule watches: the check's own (no input), one record, or every record of the check's kind. */
export type AlertRecordSelector = { mode: 'own' } | { mode: 'one'; kind: 'queue' | 'mailbox' | 'survey' | 'task'; id: number } | { mode: 'every' };

/**
 * An alert rule: one check, which records, the lowest status that counts, how many bad runs fire it
 * and good runs resolve it, repeats with a cap, an optional second contact when nobody acknowledges,
 * what an errored run counts as, flapping detection and an optional schedule grid outside which
 * nothing is sent (organization time zone, holidays, overnight intervals).
 */
export const alertRules = pgTable('alert_rules', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  checkId: text('check_id').notNull(),
  record: jsonb('record').$type<AlertRecordSelector>().notNull(),
  minStatus: text('min_status', { enum: ['warn', 'fail'] })
    .notNull()
    .default('fail'),
  pendingRuns: integer('pending_runs').notNull().default(2),
  recoverRuns: integer('recover_runs').notNull().default(2),
  /** Minutes between repeats while still red; null: no repeat. */
  repeatMinutes: integer('repeat_minutes'),
  maxRepeats: integer('max_repeats').notNull().default(3),
  contactId: integer('contact_id')
    .notNull()
    .references(() => alertContacts.id, { onDelete: 'restrict' }),
  escalateContactId: integer('escalate_contact_id').references(() => alertContacts.id, { onDelete: 'set null' }),
  escalateAfterMinutes: integer('escalate_after_minutes'),
  /** A run that errored (the check threw or hit its time limit): counts as `bad`, or `keep` the current state. */
  onError: text('on_error', { enum: ['bad', 'keep'] })
    .notNull()
    .default('keep'),
  /** Flapping: `flapTransitions` state changes within the last `flapWindow` runs. */
  flapWindow: integer('flap_window').notNull().default(10),
  flapTransitions: integer('flap_transitions').notNull().default(4),
  /** Send only inside this grid's hours (organization time zone, holidays closed); null: always. */
  gridId: integer('grid_id').references(() => scheduleGrids.id, { onDelete: 'set null' }),
  enabled: boolean('enabled').notNull().default(true),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps,
});

/**
 * One state per rule and record (`recordKey`: `own`, or `<kind>:<id>`), advanced in transactions on
 * the app clock (`SELECT … FOR UPDATE`). `firingSent` is set only when a firing delivery was enqueued:
 * a resolved message is never sent without it.
 */
export const alertStates = pgTable(
  'alert_states',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ruleId: integer('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    recordKey: text('record_key').notNull(),
    /** What the record was called at the last run (shown in messages and screens). */
    recordLabel: text('record_label'),
    state: text('state', { enum: ['normal', 'pending', 'firing', 'flapping'] })
      .notNull()
      .default('normal'),
    since: tstz('since').notNull().defaultNow(),
    /** When it turned red (first bad run of the current streak); the resolved message says how long. */
    redSince: tstz('red_since'),
    badStreak: integer('bad_streak').notNull().default(0),
    goodStreak: integer('good_streak').notNull().default(0),
    /** The last runs' verdicts, newest last (`b`/`g`), at most the rule's flap window: flapping detection. */
    recent: text('recent').notNull().default(''),
    lastRunId: bigint('last_run_id', { mode: 'number' }).references(() => checkRuns.id, { onDelete: 'set null' }),
    firingSent: boolean('firing_sent').notNull().default(false),
    /** The firing event: a repeat, the escalation and the resolved message thread under it. */
    firingEventId: bigint('firing_event_id', { mode: 'number' }),
    repeats: integer('repeats').notNull().default(0),
    nextRepeatAt: tstz('next_repeat_at'),
    escalateAt: tstz('escalate_at'),
    escalated: boolean('escalated').notNull().default(false),
    ackedBy: integer('acked_by').references(() => users.id, { onDelete: 'set null' }),
    ackedAt: tstz('acked_at'),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    /** The moment (sweep clock) of the sweep whose run last gave this state a verdict: a second sweep at once gives none. */
    verdictAt: tstz('verdict_at'),
  },
  (t) => [uniqueIndex('alert_states_rule_record_idx').on(t.ruleId, t.recordKey)],
);

/**
 * What happened to a state, append-only: `pending`, `fired`, `repeated`, `escalated`, `flapping`,
 * `resolved`, `acked`, and the suppressed ones (`suppressed:silence`, `suppressed:window`) that were
 * recorded but not sent. `test`: a contact's "Send test". `closed`: the rule was changed to watch
 * another check or record, so the alert ended without a recovery seen (recorded, not sent).
 */
export const alertEvents = pgTable(
  'alert_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    stateId: bigint('state_id', { mode: 'number' }).references(() => alertStates.id, { onDelete: 'cascade' }),
    ruleId: integer('rule_id').references(() => alertRules.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    checkRunId: bigint('check_run_id', { mode: 'number' }).references(() => checkRuns.id, { onDelete: 'set null' }),
    /** The message as built at the event (status, summary, worst findings with their article sections), both languages. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    by: integer('by').references(() => users.id, { onDelete: 'set null' }),
    at: tstz('at').notNull().defaultNow(),
  },
  (t) => [index('alert_events_rule_at_idx').on(t.ruleId, t.at), index('alert_events_state_idx').on(t.stateId)],
);

/**
 * One delivery of an event to one contact; (event, contact) is unique, and its `messageId` is both the
 * webhook's `webhook-id` and the e-mail's Message-ID, so a retry never posts a second event.
 * `status`: `queued` → `sent`, or `failed` after the last retry.
 */
export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => alertEvents.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => alertContacts.id, { onDelete: 'cascade' }),
    messageId: text('message_id').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'failed'] })
      .notNull()
      .default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** The server's reply: `250 2.0.0 Ok` or `HTTP 204`; an error's class and code, never a secret. */
    reply: text('reply'),
    lastAttemptAt: tstz('last_attempt_at'),
    sentAt: tstz('sent_at'),
    /** An attempt in progress holds the row until then (migration 0021): two workers never send it at once. */
    claimedUntil: tstz('claimed_until'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('alert_deliveries_event_contact_idx').on(t.eventId, t.contactId), index('alert_deliveries_status_idx').on(t.status)],
);

/**
 * A silence: nothing is sent for the matched rule (or every rule when null), optionally one record,
 * from `startsAt` to `endsAt`; `untilGreen` ends it when the state resolves. Written by hand from an
 * alert row ("1 h", "4 h", "until green") or planned as a window, always with author and comment.
 */
export const alertSilences = pgTable('alert_silences', {
  id: serial('id').primaryKey(),
  ruleId: integer('rule_id').references(() => alertRules.id, { onDelete: 'cascade' }),
  recordKey: text('record_key'),
  startsAt: tstz('starts_at').notNull(),
  endsAt: tstz('ends_at'),
  untilGreen: boolean('until_green').notNull().default(false),
  comment: text('comment').notNull(),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  endedAt: tstz('ended_at'),
  createdAt: tstz('created_at').notNull().defaultNow(),
});

export type AlertContact = typeof alertContacts.$inferSelect;
export type AlertRule = typeof alertRules.$inferSelect;
export type AlertState = typeof alertStates.$inferSelect;
export type AlertEvent = typeof alertEvents.$inferSelect;
export type AlertDelivery = typeof alertDeliveries.$inferSelect;
export type AlertSilence = typeof alertSilences.$inferSelect;
