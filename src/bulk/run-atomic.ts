import { and, eq, sql } from 'drizzle-orm';
import { bulkItems, bulkRequests } from '../db/schema';
import { bulkEngineStrings } from '../i18n/bulk-engine';
import { itemCrashed } from './item-crashed';
import { pendingItems } from './pending-items';
import type { RunOptions } from './run-options';
import type { BulkKind, ItemOutcome, Localized, RunContext } from './types';

const notApplied: Localized = bulkEngineStrings.l('notApplied');

/**
 * All-or-nothing mode: every item is prepared (`prepareConcurrency` at once, outside any
 * transaction), then applied in ONE transaction: all applied, or none (items then say why).
 */
export async function runAtomic(kind: BulkKind<unknown>, ctx: RunContext, opts: RunOptions): Promise<void> {
  const { db, request } = ctx;
  const items = await pendingItems(db, request.id, 1_000_000);
  if (items.length === 0) return;
  await db.update(bulkRequests).set({ processed: 0, failed: 0 }).where(eq(bulkRequests.id, request.id));
  const prepared: unknown[] = new Array(items.length);
  const step = Math.max(1, Math.floor(items.length / 50));
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const p = kind.payload.parse(items[i].payload);
      prepared[i] = kind.prepare ? await kind.prepare(ctx, p, items[i]) : p;
      // Progress while preparing: at most ~50 small updates. `processed` reaches total on commit.
      if (++done % step === 0 && done < items.length) {
        await db
          .update(bulkRequests)
          .set({ processed: Math.floor(done * 0.9) })
          .where(eq(bulkRequests.id, request.id));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, kind.prepareConcurrency ?? 1) }, worker));
  const failures = new Map<number, Localized>();
  const rollback = new Error('rollback');
  try {
    await db.transaction(async (tx) => {
      if (kind.applyAll) {
        const failed = await kind.applyAll(tx, ctx, prepared, items);
        for (const [id, reason] of failed) failures.set(id, reason);
      } else
        for (let i = 0; i < items.length; i++) {
          let outcome: ItemOutcome;
          try {
            outcome = await kind.apply!(tx, ctx, prepared[i], items[i]);
          } catch (e) {
            failures.set(items[i].id, itemCrashed(e));
            throw rollback;
          }
          if (outcome.state !== 'applied') failures.set(items[i].id, outcome.reason);
        }
      if (failures.size > 0) throw rollback;
      await opts.beforeCommit?.();
      const at = ctx.now();
      await tx
        .update(bulkItems)
        .set({ state: 'applied', appliedAt: at, payload: kind.scrub ? sql`null` : undefined })
        .where(and(eq(bulkItems.requestId, request.id), eq(bulkItems.state, 'pending')));
      await tx.update(bulkRequests).set({ processed: items.length, failed: 0, updatedAt: at }).where(eq(bulkRequests.id, request.id));
    });
  } catch (e) {
    if (e !== rollback) throw e;
    await db.transaction(async (tx) => {
      const seqOf = new Map(items.map((i) => [i.id, i.seq]));
      for (const [id, reason] of failures) {
        await tx
          .update(bulkItems)
          .set({ state: 'failed', reason })
          .where(and(eq(bulkItems.requestId, request.id), eq(bulkItems.seq, seqOf.get(id)!), eq(bulkItems.id, id)));
      }
      await tx
        .update(bulkItems)
        .set({ state: 'skipped', reason: notApplied })
        .where(and(eq(bulkItems.requestId, request.id), eq(bulkItems.state, 'pending')));
      await tx.update(bulkRequests).set({ processed: items.length, failed: failures.size }).where(eq(bulkRequests.id, request.id));
    });
  }
}
