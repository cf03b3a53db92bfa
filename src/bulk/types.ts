import type { z } from 'zod';
import type { Db } from '../db/client';
import type { Permission } from '../auth/permissions';
import type { BulkItem, BulkRequest } from '../db/schema';
import type { Localized } from '../checks/types';
import type { RangeProgress } from './run-range';

export type { Localized };

/** What applying one item came to. `failed`/`skipped` carry the reason a person reads. */
export type ItemOutcome = { state: 'applied' } | { state: 'failed' | 'skipped'; reason: Localized };

/** A transaction handle: same API as Db. */
export type Tx = Db;

/** Context handed to a kind's hooks while its job runs. */
export interface RunContext {
  db: Db;
  request: BulkRequest;
  /** Injectable clock (tests move it). */
  now(): Date;
}

/**
 * One kind of bulk action, registered with `registerBulkKind`. The framework stores its items,
 * runs them as a job (one request at a time per service), records progress and the audit.
 */
export interface BulkKind<P = unknown> {
  /** Unique name, stored in bulk_requests.kind and used as the audit action `bulk.<kind>`. */
  kind: string;
  /** Permission the requester needs; status, events and failures are also open to admins and to supervisors of the service. */
  permission: Permission;
  /** Validates an item's payload when the job reads it back. */
  payload: z.ZodType<P>;
  /**
   * `per-item` (default): each item is applied in its own transaction together with its
   * `applied` mark; a failure is reported and the rest proceed.
   * `all-or-nothing`: every item in ONE transaction; one failure rolls everything back.
   */
  mode?: 'per-item' | 'all-or-nothing';
  /** How many `prepare` calls run at once (all-or-nothing mode). Default 1. */
  prepareConcurrency?: number;
  /** Optional work outside the transaction (e.g. password hashing); its result goes to `apply`. */
  prepare?(ctx: RunContext, payload: P, item: BulkItem): Promise<P>;
  /**
   * Applies one item inside `tx`. Throwing fails the item (per-item) or the request (all-or-nothing).
   * Every item-based kind has it; a range-based kind (`applyRange`) has no items and no `apply`.
   */
  apply?(tx: Tx, ctx: RunContext, payload: P, item: BulkItem): Promise<ItemOutcome>;
  /**
   * All-or-nothing mode only, optional: applies every item at once (set-based inserts) instead of
   * calling `apply` per item; returns the reasons of the items that failed, by item id.
   */
  applyAll?(tx: Tx, ctx: RunContext, payloads: P[], items: BulkItem[]): Promise<Map<number, Localized>>;
  /**
   * Payloads carry secrets (an import's passwords): every item's payload is erased in the same
   * transaction that ends the request, whatever the end (done, failed, cancelled). Default false.
   */
  erasePayloadsOnEnd?: boolean;
  /** Payload kept once the item is applied (drop secrets). Default: the payload unchanged. */
  scrub?(payload: P): unknown;
  /** Summary stored in bulk_requests.result when the job ends. */
  summarize?(ctx: RunContext, counts: { applied: number; failed: number; skipped: number }): Promise<unknown>;
  /**
   * Batch mode (per-item kinds only; optional): applies up to `batchSize` pending items in ONE
   * transaction with set-based SQL, instead of one transaction per item. Returns the ids
   * (`bulk_items.id`) of the items it applied; every other item of the batch is marked with
   * `notApplied(item)`. The framework marks the items and the request's counts in the same
   * transaction, so a resumed job skips whole applied batches and loses none.
   */
  applyBatch?(tx: Tx, ctx: RunContext, items: BatchItem[]): Promise<BatchOutcome>;
  /** Items per batch in batch mode (rows per batch in range mode). Default 1,000. */
  batchSize?: number;
  /**
   * Range mode (optional; instead of items): the request records a range (its input) and its
   * `total`, never one row per item. Each batch is ONE statement: it reads the request's high-water
   * mark (`progress.mark`), applies up to `progress.size` rows of the range with keys above it
   * (set-based) and advances the mark and `processed` (`progress.advance`), and `applyRange` returns
   * how many it applied and the highest key it looked at, or undefined when nothing of the range is
   * left. So a resumed job continues right after the committed batches; exactly-once rests on the
   * rows' own state (what a batch applies must no longer match the range, re-checked by its update).
   * At the end, `total - processed` rows of the range are reported as skipped; `problems` lists the
   * ones it can find. See run-range.ts.
   */
  applyRange?(db: Db, ctx: RunContext, progress: RangeProgress): Promise<RangeBatch | undefined>;
  /**
   * Range mode: the rows of the range the request did not apply, as far as they can be found
   * (status endpoint and failures CSV), at most `limit`. Item-based kinds list their items instead.
   */
  problems?(db: Db, request: BulkRequest, limit: number): Promise<ProblemRow[]>;
}

/** What one range batch came to: rows applied, and the highest key it looked at (the new high-water mark). */
export interface RangeBatch {
  applied: number;
  last: number;
}

/** One row the request did not apply, as the status endpoint and the failures CSV list it. */
export interface ProblemRow {
  itemKey: string;
  label: string;
  state: 'failed' | 'skipped';
  reason: Localized | null;
}

/**
 * A pending item as batch mode reads it: only what applying needs (a batch reads a thousand at
 * a time, and the label and reason of a pending item are not needed to apply it).
 */
export type BatchItem = Pick<BulkItem, 'id' | 'itemKey' | 'seq' | 'payload'>;

/** What a batch came to: the applied item ids, and why each other item was not applied. */
export interface BatchOutcome {
  applied: number[];
  /** Outcome of an item of the batch that is not in `applied`. */
  notApplied(item: BatchItem): { state: 'failed' | 'skipped'; reason: Localized };
}
