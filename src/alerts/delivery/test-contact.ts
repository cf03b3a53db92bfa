import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { alertContacts, alertDeliveries, alertEvents } from '../../db/schema';
import { alertMessageStrings } from '../../i18n/alert-messages';
import type { Lang } from '../../i18n/ui';
import type { GuardOptions } from '../../security/outbound-guard';
import { now as appNow } from '../../server/clock';
import { logError } from '../../server/log-error';
import type { AlertEventPayload } from '../types';
import { organizationZone } from './deliver';
import { deliveryReplyText } from './reply-text';
import { sendToContact } from './send-to-contact';
import { deliverySettings, type DeliverySettings } from './settings';

/** A new delivery message id: the e-mail's Message-ID and the webhook's `webhook-id` (`msg_` + 32 hex). */
export const newMessageId = () => `msg_${randomUUID().replace(/-/g, '')}`;

export interface ContactTestOptions {
  /** Who pressed "Send test" (the event's author). */
  by?: number | null;
  settings?: DeliverySettings;
  now?: () => Date;
  guard?: GuardOptions;
}

/**
 * "Send test": sends a real `test` message to the contact now (not through the queue, even when
 * the contact is disabled: the admin asked for it), records an `alert_events` row of kind `test`
 * and its delivery (sent or failed, one attempt, the reply), updates the contact's last success or
 * error, and returns the SMTP or HTTP reply (our own reasons in `lang`) and how long it took.
 * Returns null when the contact does not exist.
 */
export async function sendContactTest(
  db: Db,
  contactId: number,
  lang: Lang,
  opts: ContactTestOptions = {},
): Promise<{ ok: boolean; reply: string; ms: number } | null> {
  const now = opts.now ?? appNow;
  const settings = opts.settings ?? deliverySettings();
  const [contact] = await db.select().from(alertContacts).where(eq(alertContacts.id, contactId)).limit(1);
  if (!contact) return null;
  const at = now();
  const payload: AlertEventPayload = {
    ruleId: 0,
    ruleName: contact.name,
    checkId: 'test',
    checkTitle: alertMessageStrings.l('test.title'),
    recordKey: 'own',
    status: 'ok',
    summary: alertMessageStrings.l('test.summary'),
    findings: [],
    moreFindings: 0,
    at: at.toISOString(),
  };
  const [event] = await db
    .insert(alertEvents)
    .values({ kind: 'test', payload: payload as unknown as Record<string, unknown>, by: opts.by ?? null, at })
    .returning({ id: alertEvents.id });
  const messageId = newMessageId();
  const [delivery] = await db
    .insert(alertDeliveries)
    .values({ eventId: event.id, contactId, messageId, status: 'queued', attempts: 1, lastAttemptAt: at, createdAt: at })
    .returning({ id: alertDeliveries.id });
  const started = performance.now();
  let outcome;
  try {
    outcome = await sendToContact(
      db,
      contact,
      { kind: 'test', payload, eventId: event.id, stateId: null, rootEventId: event.id, messageId, timeZone: await organizationZone(db), at },
      settings,
      opts.guard,
    );
  } catch (e) {
    // Our own fault (a key that cannot decrypt the target): the reason is the log line's id.
    outcome = { ok: false, reply: `error ${logError('alert contact test', e).id}` };
  }
  const ms = Math.round(performance.now() - started);
  const end = now();
  await db
    .update(alertDeliveries)
    .set({ status: outcome.ok ? 'sent' : 'failed', reply: outcome.reply, ...(outcome.ok ? { sentAt: end } : {}) })
    .where(eq(alertDeliveries.id, delivery.id));
  await db
    .update(alertContacts)
    .set(outcome.ok ? { lastOkAt: end, updatedAt: end } : { lastErrorAt: end, lastError: outcome.reply, updatedAt: end })
    .where(eq(alertContacts.id, contactId));
  return { ok: outcome.ok, reply: deliveryReplyText(outcome.reply, lang), ms };
}
