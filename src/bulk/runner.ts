import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bulkItems, bulkRequests, type BulkItem, type BulkRequest } from '../db/schema';
import { audit } from '../audit/record';
import { queryRows } from '../db/rows';
import { getBulkKind } from './registry';
import { runBatches } from './run-batches';
import type { BulkKind, ItemOutcome, Localized, RunContext } from './types';
import { logError } from '../server/log-error';
import { erasePayloads } from './erase-payloads';

export interface RunOptions {
  /** Injectable clock. */
  now?: () => Date;
  /** Called after each item is committed (tests throw here to simulate a crash between items). */
  afterItem?: (item: BulkItem) => void | Promise<void>;
  /** All-or-nothing mode: called inside the transaction just before it commits (tests simulate a crash there). */
  beforeCommit?: () => void | Promise<void>;
}

/** Thrown when another request of the same service is running: the job is retried later. */
export class ServiceBusyError extends Error {}

const BATCH = 200;

/** An item's reason for an unexpected error: an id to quote, never the error's text (SQL, parameters). */
const crashed = (e: unknown): Localized => {
  const { id } = logError('bulk item', e);
  return {
    'pt-BR': `Erro inesperado ao aplicar este item (código ${id}). Tente de novo; se persistir, chame o suporte com o código.`,
    en: `Unexpected error while applying this item (code ${id}). Try again; if it persists, call support with the code.`,
  };
};

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

/** waiting → running (or keeps running on resume); undefined when there is nothing to run. */
async function claim(db: Db, id: string, at: Date): Promise<BulkRequest | undefined> {
  const [r] = await db.select().from(bulkRequests).where(eq(bulkRequests.id, id));
  if (!r || (r.state !== 'waiting' && r.state !== 'running')) return undefined;
  if (r.state === 'running') return r;
  try {
    const [claimed] = await db
      .update(bulkRequests)
      .set({ state: 'running', startedAt: at, updatedAt: at })
      .where(and(eq(bulkRequests.id, id), eq(bulkRequests.state, 'waiting')))
      .returning();
    return claimed;
  } catch (cause) {
    throw new ServiceBusyError(`Another bulk request of service ${r.serviceId} is running; this one waits.`, { cause });
  }
}

async function pendingBatch(db: Db, requestId: string, limit: number): Promise<BulkItem[]> {
  return db
    .select()
    .from(bulkItems)
    .where(and(eq(bulkItems.requestId, requestId), eq(bulkItems.state, 'pending')))
    .orderBy(asc(bulkItems.seq))
    .limit(limit);
}

async function markItem(tx: Db, item: BulkItem, outcome: ItemOutcome, payload: unknown, at: Date) {
  await tx
    .update(bulkItems)
    .set(
      outcome.state === 'applied'
        ? { state: 'applied', appliedAt: at, payload }
        : { state: outcome.state, reason: outcome.reason },
    )
    .where(eq(bulkItems.id, item.id));
  await tx
    .update(bulkRequests)
    .set({
      processed: sql`${bulkRequests.processed} + 1`,
      failed: sql`${bulkRequests.failed} + ${outcome.state === 'failed' ? 1 : 0}`,
      updatedAt: at,
    })
    .where(eq(bulkRequests.id, item.requestId));
}

async function runPerItem(kind: BulkKind<unknown>, ctx: RunContext, opts: RunOptions) {
  if (kind.applyBatch) return runBatches(kind, ctx, opts);
  for (;;) {
    const batch = await pendingBatch(ctx.db, ctx.request.id, BATCH);
    if (batch.length === 0) return;
    for (const item of batch) {
      let payload: unknown;
      try {
        payload = kind.payload.parse(item.payload);
        if (kind.prepare) payload = await kind.prepare(ctx, payload, item);
        await ctx.db.transaction(async (tx) => {
          // Lock the item and re-check it is still pending: a second runner of the same
          // request (a duplicate job) waits here and then skips it.
          const [locked] = await queryRows<{ id: number }>(tx, sql`select id from ${bulkItems} where ${bulkItems.id} = ${item.id} and ${bulkItems.state} = 'pending' for update`);
          if (!locked) return;
          const outcome = await kind.apply(tx, ctx, payload, item);
          await markItem(tx, item, outcome, outcome.state === 'applied' && kind.scrub ? kind.scrub(payload) : item.payload, ctx.now());
        });
      } catch (e) {
        await ctx.db.transaction(async (tx) => {
          const [locked] = await queryRows<{ id: number }>(tx, sql`select id from ${bulkItems} where ${bulkItems.id} = ${item.id} and ${bulkItems.state} = 'pending' for update`);
          if (locked) await markItem(tx, item, { state: 'failed', reason: crashed(e) }, item.payload, ctx.now());
        });
      }
      await opts.afterItem?.(item);
    }
  }
}

/** Every item in one transaction: all applied, or none (items then say why). */
async function runAtomic(kind: BulkKind<unknown>, ctx: RunContext, opts: RunOptions) {
  const { db, request } = ctx;
  const items = await pendingBatch(db, request.id, 1_000_000);
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
        await db.update(bulkRequests).set({ processed: Math.floor(done * 0.9) }).where(eq(bulkRequests.id, request.id));
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
      } else for (let i = 0; i < items.length; i++) {
        let outcome: ItemOutcome;
        try {
          outcome = await kind.apply(tx, ctx, prepared[i], items[i]);
        } catch (e) {
          outcome = { state: 'failed', reason: crashed(e) };
          failures.set(items[i].id, outcome.reason);
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
    const notApplied: Localized = {
      'pt-BR': 'Não aplicado: nada foi gravado porque outro item falhou (tudo ou nada).',
      en: 'Not applied: nothing was written because another item failed (all or nothing).',
    };
    await db.transaction(async (tx) => {
      for (const [id, reason] of failures) await tx.update(bulkItems).set({ state: 'failed', reason }).where(eq(bulkItems.id, id));
      await tx
        .update(bulkItems)
        .set({ state: 'skipped', reason: notApplied })
        .where(and(eq(bulkItems.requestId, request.id), eq(bulkItems.state, 'pending')));
      await tx.update(bulkRequests).set({ processed: items.length, failed: failures.size }).where(eq(bulkRequests.id, request.id));
    });
  }
}

/** running → done | failed, with the summary and ONE audit record (same transaction). */
async function finish(kind: BulkKind<unknown>, ctx: RunContext): Promise<BulkRequest | undefined> {
  const { db, request } = ctx;
  const rows = await queryRows<{ state: string; n: number }>(db, sql`select ${bulkItems.state} as state, count(*)::int as n from ${bulkItems} where ${bulkItems.requestId} = ${request.id} group by 1`);
  const counts = { applied: 0, failed: 0, skipped: 0 };
  for (const r of rows) if (r.state in counts) counts[r.state as keyof typeof counts] = Number(r.n);
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
        error: atomicFailed
          ? { 'pt-BR': 'Nada foi gravado: corrija os itens com falha e envie de novo.', en: 'Nothing was written: fix the failed items and send again.' }
          : null,
        finishedAt: at,
        updatedAt: at,
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
      details: { serviceId: request.serviceId, total: request.total, ...result },
    });
    return done;
  });
}

async function emailOf(db: Db, userId: number): Promise<string> {
  const [r] = await queryRows<{ email: string }>(db, sql`select email from users where id = ${userId}`);
  return r?.email ?? '';
}
