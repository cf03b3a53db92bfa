import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';

/**
 * Stored runs by check and status, for `omni_check_runs_total`, without counting the whole of
 * check_runs on every scrape (the alert sweep adds tens of thousands of rows a day and nothing
 * deletes them). check_runs is append-only, so each process keeps the counts of the rows up to a
 * settled id and, per scrape, counts only the rows above it (a range scan of the primary key).
 * "Settled" stays SETTLE_MARGIN ids below the newest: a run whose id was taken but whose row is
 * not committed yet sits among the newest ids, and is counted once it commits.
 */
export const SETTLE_MARGIN = 10_000;

export interface RunCount {
  checkId: string;
  status: string;
  n: number;
}
interface Cache {
  settledId: number;
  counts: Map<string, number>;
  /** Scrapes of one process take turns, so a settled row is added once. */
  turn: Promise<unknown>;
}
const caches = new WeakMap<Db, Cache>();
const SEP = '\u0000';

async function count(db: Db, cache: Cache): Promise<RunCount[]> {
  const from = cache.settledId;
  const rows = await queryRows<{ check_id: string; status: string; n: number; settled: number; w: string | number }>(
    db,
    sql`with top as (select greatest(coalesce(max(id), 0) - ${SETTLE_MARGIN}, ${from}) as w from check_runs)
        select c.check_id, c.status, count(*)::int as n, (count(*) filter (where c.id <= top.w))::int as settled, top.w
        from check_runs c, top where c.id > ${from} group by c.check_id, c.status, top.w`,
  );
  const live = new Map(cache.counts);
  for (const r of rows) {
    const k = `${r.check_id}${SEP}${r.status}`;
    live.set(k, (live.get(k) ?? 0) + Number(r.n));
    cache.counts.set(k, (cache.counts.get(k) ?? 0) + Number(r.settled));
  }
  if (rows.length) cache.settledId = Number(rows[0].w);
  return [...live]
    .map(([k, n]) => {
      const [checkId, status] = k.split(SEP);
      return { checkId, status, n };
    })
    .sort((a, b) => a.checkId.localeCompare(b.checkId) || a.status.localeCompare(b.status));
}

/** Runs stored so far, by check and status (sorted), as a monotonic counter per process. */
export function runCounts(db: Db): Promise<RunCount[]> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { settledId: 0, counts: new Map(), turn: Promise.resolve() }));
  const c = cache;
  const result = c.turn.then(() => count(db, c));
  c.turn = result.catch(() => undefined);
  return result;
}
