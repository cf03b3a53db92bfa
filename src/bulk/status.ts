import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bulkItems, type BulkRequest } from '../db/schema';
import type { Lang } from '../i18n/ui';
import { findBulkKind } from './registry';
import type { ProblemRow } from './types';

/** What the status endpoint and the progress stream send. */
export function progressOf(r: BulkRequest) {
  return { id: r.id, kind: r.kind, state: r.state, total: r.total, processed: r.processed, failed: r.failed };
}

/** The request as JSON for `lang`, with its first `limit` failed or skipped items. */
export async function statusOf(db: Db, r: BulkRequest, lang: Lang, limit = 100) {
  const problems = await problemsOf(db, r, limit);
  return {
    ...progressOf(r),
    serviceId: r.serviceId,
    result: r.result,
    error: r.error ? r.error[lang] : null,
    createdAt: r.createdAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    failures: problems.map((i) => ({ key: i.itemKey, label: i.label, state: i.state, reason: i.reason ? i.reason[lang] : '' })),
  };
}

/**
 * What a request did not apply, at most `limit`: its failed and skipped items, or, for a range
 * kind (no items), the rows its `problems` finds.
 */
export function problemsOf(db: Db, r: BulkRequest, limit = 1_000_000): Promise<ProblemRow[]> {
  const problems = findBulkKind(r.kind)?.problems;
  return problems ? problems(db, r, limit) : failedItems(db, r.id, limit);
}

/** Failed and skipped items in processing order (at most `limit`). */
export function failedItems(db: Db, requestId: string, limit = 1_000_000): Promise<ProblemRow[]> {
  return db
    .select({ itemKey: bulkItems.itemKey, label: bulkItems.label, state: bulkItems.state, reason: bulkItems.reason })
    .from(bulkItems)
    .where(and(eq(bulkItems.requestId, requestId), inArray(bulkItems.state, ['failed', 'skipped'])))
    .orderBy(asc(bulkItems.seq))
    .limit(limit) as Promise<ProblemRow[]>;
}
