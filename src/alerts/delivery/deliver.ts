import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { alertContacts, alertDeliveries, alertEvents, alertStates, organization } from '../../db/schema';
import type { GuardOptions } from '../../security/outbound-guard';
import { logError } from '../../server/log-error';
import type { MessageKind } from '../messages/render';
import type { AlertEventPayload } from '../types';
import { OMNI_REPLY, type SendOutcome } from './outcome';
import { sendToContact } from './send-to-contact';
import type { DeliverySettings } from './settings';

const messageKinds: readonly string[] = ['fired', 'repeated', 'escalated', 'resolved', 'flapping', 'test'] satisfies MessageKind[];

/** Which attempt this is, as pg-boss counts: `retryCount` 0 is the first; the last is `retryLimit`. */
export interface Attempt {
  retryCount: number;
  retryLimit: number;
}

/** How an attempt ended: `sent`, `failed` (for good), `retry` (the job is failed so pg-boss retries it), `skipped` (nothing to do). */
export type DeliverResult = { result: 'sent' | 'failed' | 'retry'; reply: string } | { result: 'skipped' };

export interface DeliverOptions {
  settings: DeliverySettings;
  now: () => Date;
  guard?: GuardOptions;
}

export async function organizationZone(db: Db): Promise<string> {
  const [org] = await db.select({ timeZone: organization.timeZone }).from(organization).where(eq(organization.id, 1)).limit(1);
  return org?.timeZone ?? 'America/Sao_Paulo';
}

/**
 * The firing delivery's message id this event answers (a repeat, an escalation, a flapping or
 * resolved message threads under the firing): the firing event's delivery to the same contact,
 * else to any contact. The firing is the one the event's payload names (the engine writes it
 * there); the state's current firing only for an event without it. A resolved state no longer
 * holds its firing (the engine clears it at the resolution, before the delivery is sent), so
 * reading the state alone sent every resolved message unthreaded.
 */
async function parentOf(
  db: Db,
  stateId: number | null,
  eventId: number,
  contactId: number,
  firingEventId: number | undefined,
): Promise<{ rootEventId: number; parent?: string }> {
  let root = firingEventId;
  if (root == null && stateId != null) {
    const [state] = await db.select({ firingEventId: alertStates.firingEventId }).from(alertStates).where(eq(alertStates.id, stateId)).limit(1);
    root = state?.firingEventId ?? undefined;
  }
  if (!root || root === eventId) return { rootEventId: eventId };
  const rows = await db
    .select({ messageId: alertDeliveries.messageId, contactId: alertDeliveries.contactId })
    .from(alertDeliveries)
    .where(eq(alertDeliveries.eventId, root))
    .orderBy(asc(alertDeliveries.id));
  const mine = rows.find((r) => r.contactId === contactId) ?? rows[0];
  return { rootEventId: root, ...(mine ? { parent: mine.messageId } : {}) };
}

/**
 * One attempt of one delivery. The row is claimed first (queued, and no attempt in progress or its
 * claim ran out), which counts the attempt; a delivery already `sent` or `failed` is never sent
 * again. A disabled contact fails the delivery with the reason; a failed attempt records the reply
 * and is retried until the last attempt, which marks the delivery `failed`. The contact's last
 * success or error is kept for the screens.
 */
export async function deliverOnce(db: Db, deliveryId: number, attempt: Attempt, opts: DeliverOptions): Promise<DeliverResult> {
  const at = opts.now();
  const claimUntil = new Date(at.getTime() + opts.settings.timeoutMs * 3 + 30_000);
  const [claimed] = await db
    .update(alertDeliveries)
    .set({ attempts: sql`${alertDeliveries.attempts} + 1`, lastAttemptAt: at, claimedUntil: claimUntil })
    .where(
      and(
        eq(alertDeliveries.id, deliveryId),
        eq(alertDeliveries.status, 'queued'),
        or(isNull(alertDeliveries.claimedUntil), lt(alertDeliveries.claimedUntil, at)),
      ),
    )
    .returning();
  if (!claimed) return { result: 'skipped' };

  let contactId: number | undefined;
  let outcome: SendOutcome;
  try {
    const [event] = await db.select().from(alertEvents).where(eq(alertEvents.id, claimed.eventId)).limit(1);
    const [contact] = await db.select().from(alertContacts).where(eq(alertContacts.id, claimed.contactId)).limit(1);
    contactId = contact?.id;
    if (!event || !contact) outcome = { ok: false, reply: `${OMNI_REPLY}missing`, permanent: true };
    else if (!contact.enabled) outcome = { ok: false, reply: `${OMNI_REPLY}contactDisabled`, permanent: true };
    else if (!messageKinds.includes(event.kind)) outcome = { ok: false, reply: `${OMNI_REPLY}notSendable`, permanent: true };
    else {
      const payload = event.payload as unknown as AlertEventPayload;
      const thread = await parentOf(db, event.stateId, event.id, contact.id, event.kind === 'fired' ? event.id : payload.firingEventId);
      outcome = await sendToContact(
        db,
        contact,
        {
          kind: event.kind as MessageKind,
          payload,
          eventId: event.id,
          stateId: event.stateId,
          rootEventId: thread.rootEventId,
          messageId: claimed.messageId,
          ...(thread.parent ? { parentMessageId: thread.parent } : {}),
          timeZone: await organizationZone(db),
          at,
        },
        opts.settings,
        opts.guard,
      );
    }
  } catch (e) {
    // Our own fault (a bad payload, a key that cannot decrypt): the claim is released and the reason kept.
    outcome = { ok: false, reply: `error ${logError('alert delivery', e).id}` };
  }
  return settle(db, claimed.id, contactId, outcome, attempt, opts.now());
}

/** Writes an attempt's end: sent, failed for good, or left queued for the retry. */
async function settle(db: Db, deliveryId: number, contactId: number | undefined, outcome: SendOutcome, attempt: Attempt, at: Date): Promise<DeliverResult> {
  const last = outcome.permanent || attempt.retryCount >= attempt.retryLimit;
  const status = outcome.ok ? 'sent' : last ? 'failed' : 'queued';
  await db
    .update(alertDeliveries)
    .set({ status, reply: outcome.reply, claimedUntil: null, ...(outcome.ok ? { sentAt: at } : {}) })
    .where(and(eq(alertDeliveries.id, deliveryId), eq(alertDeliveries.status, 'queued')));
  // A disabled contact is not blamed for a message it was never sent.
  if (contactId != null && outcome.reply !== `${OMNI_REPLY}contactDisabled`) {
    await db
      .update(alertContacts)
      .set(outcome.ok ? { lastOkAt: at, updatedAt: at } : { lastErrorAt: at, lastError: outcome.reply, updatedAt: at })
      .where(eq(alertContacts.id, contactId));
  }
  return { result: outcome.ok ? 'sent' : last ? 'failed' : 'retry', reply: outcome.reply };
}
