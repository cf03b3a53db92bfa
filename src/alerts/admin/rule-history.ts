import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { alertContacts, alertDeliveries, alertEvents, alertStates, users } from '@/db/schema';
import type { AlertEventPayload } from '@/alerts/types';

/** One event of a rule's timeline with what each of its deliveries got back. */
export interface TimelineEvent {
  id: number;
  kind: string;
  at: Date;
  recordKey: string | null;
  recordLabel: string | null;
  by: string | null;
  /** What the message said (status, summary in both languages), when the event carries one. */
  status: AlertEventPayload['status'] | null;
  summary: AlertEventPayload['summary'] | null;
  deliveries: {
    contactName: string;
    status: 'queued' | 'sent' | 'failed';
    attempts: number;
    reply: string | null;
    sentAt: Date | null;
    lastAttemptAt: Date | null;
  }[];
}

/**
 * A rule's events, newest first, `limit` of them before the event `before` (keyset on the id, so a
 * page never shifts while the sweep writes new events), each with its deliveries' outcome and the
 * server's reply. `nextBefore` continues the list (null at its start).
 */
export async function ruleHistory(db: Db, ruleId: number, limit: number, before?: number): Promise<{ events: TimelineEvent[]; nextBefore: number | null }> {
  const rows = await db
    .select({ e: alertEvents, by: users.name, recordKey: alertStates.recordKey, recordLabel: alertStates.recordLabel })
    .from(alertEvents)
    .leftJoin(users, eq(users.id, alertEvents.by))
    .leftJoin(alertStates, eq(alertStates.id, alertEvents.stateId))
    .where(and(eq(alertEvents.ruleId, ruleId), before ? lt(alertEvents.id, before) : undefined))
    .orderBy(desc(alertEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const ids = page.map((r) => r.e.id);
  const deliveries = ids.length
    ? await db
        .select({ d: alertDeliveries, contactName: alertContacts.name })
        .from(alertDeliveries)
        .innerJoin(alertContacts, eq(alertContacts.id, alertDeliveries.contactId))
        .where(inArray(alertDeliveries.eventId, ids))
        .orderBy(asc(alertDeliveries.id))
    : [];
  const events = page.map(({ e, by, recordKey, recordLabel }) => {
    const p = e.payload as Partial<AlertEventPayload>;
    return {
      id: e.id,
      kind: e.kind,
      at: e.at,
      recordKey: recordKey ?? p.recordKey ?? null,
      recordLabel: recordLabel ?? p.recordLabel ?? null,
      by,
      status: p.status ?? null,
      summary: p.summary ?? null,
      deliveries: deliveries
        .filter((d) => d.d.eventId === e.id)
        .map(({ d, contactName }) => ({
          contactName,
          status: d.status,
          attempts: d.attempts,
          reply: d.reply,
          sentAt: d.sentAt,
          lastAttemptAt: d.lastAttemptAt,
        })),
    };
  });
  return { events, nextBefore: rows.length > limit ? page[page.length - 1]!.e.id : null };
}
