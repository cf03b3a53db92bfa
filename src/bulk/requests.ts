import { randomUUID } from 'node:crypto';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import type { Db } from '../db/client';
import { bulkItems, bulkRequests, type BulkRequest } from '../db/schema';
import { redact } from '../audit/record';
import type { Lang } from '../i18n/ui';
import { getBulkKind } from './registry';
import type { Localized } from './types';
import { queryRows } from '../db/rows';
import { BULK_QUEUE, enqueueBulkRequest } from './queue';
import { erasePayloads } from './erase-payloads';

export interface NewBulkItem {
  /** Unique within the request (user id, CSV line number…). */
  key: string;
  /** Human label for reports; never a secret. */
  label: string;
  /** What `apply` needs; encrypt secrets before putting them here. */
  payload: unknown;
  /** Set when the preview already ruled the item out: stored as `skipped` with this reason, never applied. */
  skipped?: Localized;
}

export interface NewBulkRequest {
  kind: string;
  serviceId: number | null;
  requestedBy: number;
  /** The validated input; stored redacted. */
  input: unknown;
  lang: Lang;
  items: NewBulkItem[];
  /**
   * Instead of (or after) `items`: a select of `item_key, label, payload, ord` rows (`ord`
   * sorts them into processing order), inserted set-based in the same transaction (e.g. a snapshot of 100,000 ids taken at
   * request time without a round trip through the app).
   */
  itemsQuery?: SQL;
  /**
   * A range kind's total instead of items: a select of one number, evaluated in the statement that
   * writes the request (e.g. how many attendances its range holds at that moment).
   */
  totalQuery?: SQL;
}

const CHUNK = 1000;

/**
 * Confirms a bulk request: writes it and its items in one transaction, then enqueues its job.
 * `boss` may be omitted (tests run the request directly with runBulkRequest).
 */
export async function createBulkRequest(db: Db, boss: PgBoss | undefined, req: NewBulkRequest): Promise<BulkRequest> {
  getBulkKind(req.kind);
  const id = randomUUID();
  const request = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bulkRequests)
      .values({
        id,
        kind: req.kind,
        serviceId: req.serviceId,
        requestedBy: req.requestedBy,
        input: redact(req.input),
        lang: req.lang,
        total: req.totalQuery ? sql`(${req.totalQuery})` : req.items.length,
        processed: req.items.filter((i) => i.skipped).length,
      })
      .returning();
    for (let i = 0; i < req.items.length; i += CHUNK) {
      await tx.insert(bulkItems).values(
        req.items.slice(i, i + CHUNK).map((it, j) => ({
          requestId: id,
          itemKey: it.key,
          label: it.label,
          payload: it.payload,
          seq: i + j,
          ...(it.skipped ? { state: 'skipped' as const, reason: it.skipped } : {}),
        })),
      );
    }
    if (!req.itemsQuery) return row;
    const added = await queryRows<{ n: number }>(
      tx,
      sql`
      with src as (${req.itemsQuery}),
      ins as (
        insert into bulk_items (request_id, item_key, label, payload, seq)
        select ${id}, src.item_key, src.label, src.payload, ${req.items.length} + row_number() over (order by src.ord) - 1 from src
        returning 1)
      select count(*)::int as n from ins`,
    );
    const [counted] = await tx
      .update(bulkRequests)
      .set({ total: req.items.length + Number(added[0].n) })
      .where(eq(bulkRequests.id, id))
      .returning();
    return counted;
  });
  if (boss) return (await enqueueBulkRequest(db, boss, request)) ?? request;
  return request;
}

/**
 * Cancels a request that has not started; false when it is already running or over. The items
 * are skipped (and, for a kind whose payloads carry secrets, erased) in the same transaction.
 */
export async function cancelBulkRequest(db: Db, boss: PgBoss | undefined, id: string): Promise<boolean> {
  const row = await db.transaction(async (tx) => {
    const [r] = await tx
      .update(bulkRequests)
      .set({ state: 'cancelled', finishedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(bulkRequests.id, id), eq(bulkRequests.state, 'waiting')))
      .returning();
    if (!r) return undefined;
    await tx
      .update(bulkItems)
      .set({ state: 'skipped' })
      .where(and(eq(bulkItems.requestId, id), eq(bulkItems.state, 'pending')));
    if (getBulkKind(r.kind).erasePayloadsOnEnd) await erasePayloads(tx, id);
    return r;
  });
  if (!row) return false;
  if (boss && row.jobId) await boss.cancel(BULK_QUEUE, row.jobId).catch(() => {});
  return true;
}

/** The request, or undefined. */
export async function getBulkRequest(db: Db, id: string): Promise<BulkRequest | undefined> {
  return (await db.select().from(bulkRequests).where(eq(bulkRequests.id, id)))[0];
}
