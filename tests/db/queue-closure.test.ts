import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { attendances, auditRecords, bulkItems, bulkRequests, serviceManagers, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { runBulkRequest } from '@/bulk';
import { problemsOf } from '@/bulk/status';
import { countQueued, requestClosure } from '@/bulk/queue-closure/request-closure';
import { queueClosureKind } from '@/bulk/queue-closure/kind';
import { listClosureRequests } from '@/bulk/queue-closure/list-requests';
import { historyPage } from '@/reports/interaction-history';
import { loadScope, scopeOf } from '@/auth/scope';
import { queryRows } from '@/db/rows';

let h: DbHandle;
let supervisorId: number;
let serviceId: number;

const finishedEvents = async (requestId: string) =>
  (await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from interaction_events where type = 'finished' and request_id = ${requestId}`))[0].n;

/** Inserts `n` queued attendances into the service; returns their ids. */
async function queue(n: number, tag: string): Promise<number[]> {
  const rows = await h.db
    .insert(attendances)
    .values(
      Array.from({ length: n }, (_, i) => ({
        protocol: `${tag}-${i}`,
        channel: 'chat' as const,
        serviceId,
        status: 'queued' as const,
        customerName: `Cliente ${i}`,
      })),
    )
    .returning({ id: attendances.id });
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 20, attendances: 200 });
  supervisorId = (await h.db.select().from(users).where(eq(users.email, 'supervisor@demo.local')))[0].id;
  serviceId = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisorId)))[0].serviceId;
});
afterAll(async () => h?.close());

describe('requestClosure', () => {
  test('closes the attendances of the range queued when the request was made, in batches, with tabulation and one history event each', async () => {
    const ids = await queue(2500, 'close-a');
    const before = await countQueued(h.db, serviceId);
    const req = await requestClosure(h.db, undefined, { userId: supervisorId, lang: 'pt-BR', input: { serviceId, tabulate: true } });
    // The request records its range and how many it held, not one row per attendance.
    expect(req.total).toBe(before);
    expect(req.input).toMatchObject({ serviceId, upToId: ids[ids.length - 1] });
    expect(await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, req.id))).toHaveLength(0);
    // Arrive after the request: not closed by it.
    const late = await queue(3, 'close-late');
    // One attendance of the range is picked up by an operator meanwhile: reported, untouched.
    const picked = ids[5];
    await h.db.update(attendances).set({ status: 'in_attendance', agentId: supervisorId, startedAt: new Date() }).where(eq(attendances.id, picked));
    const batches: number[] = [];
    const done = await runBulkRequest(h.db, req.id, { afterItem: (it) => void batches.push(it.seq) });
    expect(done).toMatchObject({ state: 'done', total: before, processed: before, failed: 0 });
    expect(batches.length).toBe(Math.ceil((before - 1) / queueClosureKind.batchSize!));
    expect(done?.result).toMatchObject({ applied: before - 1, skipped: 1 });
    const lateRows = await queryRows<{ status: string }>(h.db, sql`select status from attendances where id = any(${`{${late.join(',')}}`}::bigint[])`);
    expect(lateRows.every((r) => r.status === 'queued')).toBe(true);
    const closed = await queryRows<{ n: number; tab: string }>(
      h.db,
      sql`
      select count(*)::int as n, min(t.code) as tab from attendances a join tabulations t on t.id = a.tabulation_id
      where a.id in (select attendance_id from interaction_events where request_id = ${req.id}) and a.status = 'finished' and a.finished_by_id = ${supervisorId}`,
    );
    expect(closed[0]).toEqual({ n: before - 1, tab: 'batch-finalized' });
    expect(await finishedEvents(req.id)).toBe(before - 1);
    // The one not closed is listed (status and failures CSV), from its state: picked up after the request.
    const problems = await problemsOf(h.db, done!);
    expect(problems.map((p) => [p.itemKey, p.label, p.state])).toEqual([[String(picked), 'close-a-5', 'skipped']]);
    expect((problems[0].reason as { en: string }).en).toMatch(/^No longer in the queue/);
    const [a] = await h.db.select().from(attendances).where(eq(attendances.id, picked));
    expect(a.status).toBe('in_attendance');
    const audits = await h.db
      .select()
      .from(auditRecords)
      .where(eq(auditRecords.target, `bulk-request:${req.id}`));
    expect(audits.map((r) => r.action)).toEqual(['bulk.queue-closure']);
  });

  test('two closures of one range: the second reports what the first closed as no longer in the queue, and lists exactly those', async () => {
    const queuedIds = async () =>
      (
        await h.db
          .select({ id: attendances.id })
          .from(attendances)
          .where(and(eq(attendances.serviceId, serviceId), eq(attendances.status, 'queued')))
      )
        .map((r) => r.id)
        .sort((x, y) => x - y);
    await queue(7, 'close-twice-a');
    const inA1 = await queuedIds();
    const a1 = await requestClosure(h.db, undefined, { userId: supervisorId, lang: 'en', input: { serviceId, tabulate: true } });
    // Picked up before a2 is requested and finished (with its event) after: never queued for a2, so neither counted nor listed.
    const [gone] = await queue(1, 'close-twice-picked');
    await h.db.update(attendances).set({ status: 'in_attendance', agentId: supervisorId, startedAt: new Date() }).where(eq(attendances.id, gone));
    const second = await queue(4, 'close-twice-b');
    const a2 = await requestClosure(h.db, undefined, { userId: supervisorId, lang: 'en', input: { serviceId, tabulate: true } });
    expect([a1.total, a2.total]).toEqual([inA1.length, inA1.length + 4]);
    await h.db.update(attendances).set({ status: 'finished', finishedAt: new Date() }).where(eq(attendances.id, gone));
    await h.db.execute(sql`insert into interaction_events (attendance_id, type, by_user_id) values (${gone}, 'finished', ${supervisorId})`);
    const d1 = await runBulkRequest(h.db, a1.id);
    expect(d1).toMatchObject({ state: 'done', processed: inA1.length, result: { applied: inA1.length, skipped: 0 } });
    expect(await problemsOf(h.db, d1!)).toEqual([]);
    const d2 = await runBulkRequest(h.db, a2.id);
    expect(d2).toMatchObject({ state: 'done', total: inA1.length + 4, processed: inA1.length + 4, failed: 0, result: { applied: 4, skipped: inA1.length } });
    expect((await problemsOf(h.db, d2!)).map((p) => Number(p.itemKey))).toEqual(inA1);
    expect(await finishedEvents(a2.id)).toBe(second.length);
  });

  test('resumes after a crash between batches without closing any attendance twice', async () => {
    // More than two batches, inserted set-based.
    const size = queueClosureKind.batchSize!;
    await h.db.execute(sql`insert into attendances (protocol, channel, service_id, status, customer_name)
      select 'close-crash-' || i, 'chat', ${serviceId}, 'queued', 'Cliente ' || i from generate_series(1, ${2 * size + 300}::int) i`);
    const req = await requestClosure(h.db, undefined, { userId: supervisorId, lang: 'en', input: { serviceId, tabulate: true } });
    let n = 0;
    await expect(
      runBulkRequest(h.db, req.id, {
        afterItem: () => {
          if (++n === 1) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const [mid] = await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, req.id));
    expect(mid).toMatchObject({ state: 'running', processed: size });
    expect(await finishedEvents(req.id)).toBe(size);
    // Two runners resume it at once: each batch re-checks that its attendances are still queued, so none is closed twice.
    await Promise.all([runBulkRequest(h.db, req.id), runBulkRequest(h.db, req.id)]);
    const [end] = await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, req.id));
    expect(end).toMatchObject({ state: 'done', processed: req.total });
    expect(await finishedEvents(req.id)).toBe(req.total);
    const dup = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from (select attendance_id from interaction_events where type = 'finished' group by 1 having count(*) > 1) d`,
    );
    expect(dup[0].n).toBe(0);
  });

  test('finishes without tabulation when not asked to tabulate', async () => {
    const ids = await queue(4, 'close-notab');
    const req = await requestClosure(h.db, undefined, { userId: supervisorId, lang: 'en', input: { serviceId, tabulate: false } });
    await runBulkRequest(h.db, req.id);
    const rows = await h.db.select().from(attendances).where(eq(attendances.id, ids[0]));
    expect(rows[0]).toMatchObject({ status: 'finished', tabulationId: null });
  });
});

describe('listClosureRequests', () => {
  test('lists the requests of the services in scope, newest first, with keyset pages', async () => {
    const sup = await loadScope(h.db, { id: supervisorId, permissions: [] });
    const first = await listClosureRequests(h.db, sup, { limit: 2 });
    expect(first.requests).toHaveLength(2);
    expect(first.next).not.toBeNull();
    const second = await listClosureRequests(h.db, sup, { limit: 2, cursor: first.next! });
    expect(second.requests.length).toBeGreaterThan(0);
    expect(second.requests.some((r) => first.requests.some((f) => f.id === r.id))).toBe(false);
    const outsider = await listClosureRequests(h.db, await loadScope(h.db, { id: 999_999, permissions: [] }), { limit: 10 });
    expect(outsider.requests).toHaveLength(0);
  });
});

describe('historyPage', () => {
  test('shows batch-closed attendances with tabulation, requester and request time, paging without gaps', async () => {
    // Planner statistics, as autovacuum keeps them on a server (PGlite has no autovacuum).
    await h.db.execute(sql`analyze`);
    const q = { tabulation: 'batch-finalized', serviceId, limit: 500 };
    const seen = new Set<number>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await historyPage(h.db, { ...q, cursor }, scopeOf(false, [serviceId]));
      for (const r of page.rows) {
        if (seen.has(r.id)) throw new Error(`event ${r.id} listed twice`);
        seen.add(r.id);
      }
      const shapes = new Set(page.rows.map((r) => [r.type, r.tabulation_pt, r.tabulation_en, r.requested_by, Boolean(r.requested_at)].join('|')));
      expect([...shapes]).toEqual(['finished|Finalizado em lote|Batch Finalized|Supervisor Demo|true']);
      cursor = page.next ?? undefined;
      pages++;
    } while (cursor);
    const expected = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from interaction_events e join tabulations t on t.id = e.tabulation_id where t.code = 'batch-finalized'`,
    );
    expect(seen.size).toBe(expected[0].n);
    expect(pages).toBeGreaterThan(1);
    const one = await historyPage(h.db, { protocol: 'close-a-7', limit: 50 }, scopeOf(false, [serviceId]));
    expect(one.rows.map((r) => r.type).sort()).toEqual(['finished']);
    expect((await historyPage(h.db, { protocol: 'close-a-7', limit: 50 }, scopeOf(false, [serviceId + 100]))).rows).toHaveLength(0);
  });
});
