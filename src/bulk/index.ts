/**
 * Bulk-action framework: every bulk action (user import, user migration, attendance transfer,
 * queue closure) follows validate → preview → confirm → job → live progress → result → audit.
 *
 * A feature does:
 *
 * 1. `registerBulkKind({ kind, permission, payload, mode?, prepare?, apply, scrub?, summarize? })`
 *    in its own module, and imports that module from `src/bulk/kinds.ts` (so workers know it).
 *    - `apply(tx, ctx, payload, item)` changes ONE item inside `tx` and returns
 *      `{ state: 'applied' }` or `{ state: 'failed' | 'skipped', reason: { 'pt-BR', en } }`. Return
 *      failed/skipped BEFORE writing anything. The framework marks the item in the same `tx`.
 *    - `applyBatch(tx, ctx, items)` (optional) applies up to `batchSize` items per transaction
 *      with set-based SQL (attendance transfer): it gets `BatchItem`s (id, key,
 *      seq, payload) and returns the applied ids plus `notApplied(item)`; see run-batches.ts.
 *    - `applyRange(tx, ctx, after, size)` (instead of `apply` and items; queue closure): the
 *      request records a range and its `total`; each batch is one transaction that applies the
 *      next rows of the range after the request's high-water mark, and the framework advances the
 *      mark and `processed` in it; `problems` lists what was not applied. See run-range.ts.
 *    - `mode: 'all-or-nothing'` applies every item in one transaction (user import).
 *    - `prepare` runs outside the transaction (e.g. hashing; `prepareConcurrency` at once);
 *      `applyAll` (all-or-nothing only) replaces per-item `apply` with set-based writes;
 *      `scrub` drops secrets once applied.
 * 2. Its own preview (a dry run: zod-validate, compute per-item problems, write nothing).
 * 3. On confirm: `createBulkRequest(db, boss, { kind, serviceId, requestedBy, input, lang, items })`
 *    (items: `{ key, label, payload, skipped? }`, key unique per request; `skipped: { 'pt-BR', en }`
 *    stores an item the preview ruled out, never applied but listed in the result; a range kind
 *    gives `items: []` and a `totalQuery`) → returns the
 *    `bulk_requests` row; its id is what the UI follows.
 *
 * The framework then:
 * - runs it in the pg-boss queue `bulk-request`, one running request per service across
 *   instances (job group `service:<id>` + `groupConcurrency: 1`, and a unique index on running
 *   requests per service as the last guard) — see queue.ts;
 * - `runBulkRequest(db, id, { now?, afterItem? })` applies pending items in `seq` order; an item's
 *   change and its `applied` mark commit together, so after a crash or restart (pg-boss retry via
 *   heartbeat, or `sweepBulkRequests` at start-up) nothing is applied twice and nothing is lost;
 * - ends the request `done` (or `failed` for an all-or-nothing failure) with `result` and writes
 *   ONE audit record `bulk.<kind>` in the same transaction;
 * - serves, to the requester, admins and supervisors of the service (`canAccessBulkRequest`):
 *     GET  /api/bulk/<id>               status JSON with the first failures (caller's language)
 *     GET  /api/bulk/<id>/events        server-sent events `progress` … `end` (polls the row)
 *     GET  /api/bulk/<id>/failures.csv  failed/skipped items, localized headers, formulas neutralized
 *     POST /api/bulk/<id>/cancel        cancels a request still waiting (409 otherwise)
 * - `<BulkProgress requestId lang />` (src/components/bulk/, Preact) shows the live progress, the
 *   failures and the CSV link; `<GatedBulkForm lang permission …>` is the server-rendered gate
 *   (signed out → what it does + sign-in link; no permission → a note; else the form).
 */
export { registerBulkKind, getBulkKind } from './registry';
export { createBulkRequest, cancelBulkRequest, getBulkRequest, type NewBulkItem, type NewBulkRequest } from './requests';
export { runBulkRequest, type RunOptions } from './runner';
export { BULK_QUEUE, enqueueBulkRequest, sweepBulkRequests } from './queue';
export { canAccessBulkRequest } from './access';
export { neutralizeCell, toCsv, delimiterFor } from '../lib/csv-writer';
export { statusOf, progressOf } from './status';
export type { BatchItem, BatchOutcome, BulkKind, ItemOutcome, Localized, RunContext, Tx } from './types';
