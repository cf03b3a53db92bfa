import { and, eq, sql } from 'drizzle-orm';
import { bulkEngineStrings } from '../i18n/bulk-engine';
import type { Db } from '../db/client';
import { bulkItems, bulkRequests, type BulkRequest } from '../db/schema';
import { bulkChanges } from '../audit/bulk-changes';
import { audit } from '../audit/record';
import { queryRows } from '../db/rows';
import { claim } from './claim';
import { erasePayloads } from './erase-payloads';
import { getBulkKind } from './registry';
import { runAtomic } from './run-atomic';
import type { RunOptions } from './run-options';
import { runPerItem } from './run-per-item';
import type { BulkKind, RunContext } from './types';

export type { RunOptions } from './run-options';
export { ServiceBusyError } from './claim';

/**
 * Runs (or resumes) one bulk request to its end. Safe to call again after a crash at any point:
 * an item's change and its `applied` mark commit together, so applied items are skipped and
 * pending ones are picked up. Returns the request as it ended.
 */
export async function runBulkRequest(db: Db, requestId: string, opts: RunOptions = {}): Promise<BulkRequest | undefined> {
  const now = opts.now ?? (() => new Date());
  const request = await claim(db, requestId, now());
  if (!request) return (await db.select().from(bulkRequests).where(eq(bulkRequests.id, requestId)))[0];
  const kind = getBulkKind(request.kind);
  const ctx: RunContext = { db, request, now };
  if (kind.mode === 'all-or-nothing') await runAtomic(kind, ctx, opts);
  else await runPerItem(kind, ctx, opts);
  return finish(kind, ctx);
}

/** running → done | failed, with the summary and ONE audit record (same transaction). */
async function finish(kind: BulkKind<unknown>, ctx: RunContext): Promise<BulkRequest | undefined> {
  const { db, request } = ctx;
  const counts = kind.applyRange ? await rangeCounts(db, request.id) : await itemCounts(db, request.id);
  const result = { ...counts, ...((await kind.summarize?.(ctx, counts)) as object | undefined) };
  const atomicFailed = kind.mode === 'all-or-nothing' && counts.failed > 0;
  const at = ctx.now();
  return db.transaction(async (tx) => {
    if (kind.erasePayloadsOnEnd) await erasePayloads(tx, request.id);
    const [done] = await tx
      .update(bulkRequests)
      .set({
        state: atomicFailed ? 'failed' : 'done',
        result,
        error: atomicFailed ? bulkEngineStrings.l('atomicFailed') : null,
        finishedAt: at,
        updatedAt: at,
        // A range request's `processed` counted what it applied; at the end the rest of its total is
        // counted too (skipped: no longer in the range when its batch came), so the bar ends full.
        ...(kind.applyRange
          ? {
              total: sql`greatest(${bulkRequests.total}, ${bulkRequests.processed})`,
              processed: sql`greatest(${bulkRequests.total}, ${bulkRequests.processed})`,
            }
          : {}),
      })
      .where(and(eq(bulkRequests.id, request.id), eq(bulkRequests.state, 'running')))
      .returning();
    if (!done) return (await tx.select().from(bulkRequests).where(eq(bulkRequests.id, request.id)))[0];
    await audit(tx, {
      actor: request.requestedBy ? { id: request.requestedBy, email: await emailOf(tx, request.requestedBy) } : null,
      action: `bulk.${request.kind}`,
      target: `bulk-request:${request.id}`,
      inputs: request.input,
      outcome: atomicFailed ? 'failed' : counts.failed > 0 ? 'partial' : 'ok',
      details: { serviceId: request.serviceId, total: request.total, ...result, changes: await bulkChanges(tx, request) },
    });
    return done;
  });
}

type Counts = { applied: number; failed: number; skipped: number };

/** An item-based request's outcome: its items by state. */
async function itemCounts(db: Db, requestId: string): Promise<Counts> {
  const rows = await queryRows<{ state: string; n: number }>(
    db,
    sql`select ${bulkItems.state} as state, count(*)::int as n from ${bulkItems} where ${bulkItems.requestId} = ${requestId} group by 1`,
  );
  const counts = { applied: 0, failed: 0, skipped: 0 };
  for (const r of rows) if (r.state in counts) counts[r.state as keyof typeof counts] = Number(r.n);
  return counts;
}

/**
 * A range request's outcome, from its committed batches: `processed` is what they applied, and
 * whatever else its total (counted at request time) held had left the range before its batch.
 */
async function rangeCounts(db: Db, requestId: string): Promise<Counts> {
  const [r] = await db.select({ total: bulkRequests.total, processed: bulkRequests.processed }).from(bulkRequests).where(eq(bulkRequests.id, requestId));
  return { applied: r.processed, failed: 0, skipped: Math.max(0, r.total - r.processed) };
}

async function emailOf(db: Db, userId: number): Promise<string> {
  const [r] = await queryRows<{ email: string }>(db, sql`select email from users where id = ${userId}`);
  return r?.email ?? '';
}
