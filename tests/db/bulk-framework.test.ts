import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { auditRecords, bulkItems, bulkRequests, serviceManagers, services, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { canAccessBulkRequest, cancelBulkRequest, createBulkRequest, registerBulkKind, runBulkRequest } from '@/bulk';
import { loadScope } from '@/auth/scope';
import { startJobs } from '@/jobs/boss';
import { startBulkWorkers } from '@/bulk/workers';
import { BULK_QUEUE, bulkQueueOptions, sweepBulkRequests } from '@/bulk/queue';
import { queryRows } from '@/db/rows';

let h: DbHandle;
let adminId: number;
let supervisorId: number;
let agentId: number;
let serviceId: number;
let otherServiceId: number;

/** A test kind: applying an item appends an audit record `test.apply` targeting the item key. */
const touch = registerBulkKind({
  kind: 'test-touch',
  permission: 'manage:user-migration',
  payload: z.object({ fail: z.boolean().default(false) }),
  async apply(tx, _ctx, p, item) {
    if (p.fail) return { state: 'failed', reason: { 'pt-BR': 'falhou de propósito', en: 'failed on purpose' } };
    await tx.insert(auditRecords).values({ action: 'test.apply', target: item.itemKey, outcome: 'ok' });
    return { state: 'applied' };
  },
});
registerBulkKind({ ...touch, kind: 'test-touch-atomic', mode: 'all-or-nothing' });

const appliedCount = async (key: string) =>
  (await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from audit_records where action = 'test.apply' and target = ${key}`))[0].n;

const items = (prefix: string, n: number, failAt = -1) =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}-${i}`, label: `item ${i}`, payload: { fail: i === failAt } }));

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  const byEmail = async (e: string) => (await h.db.select().from(users).where(eq(users.email, e)))[0].id;
  adminId = await byEmail('admin@demo.local');
  supervisorId = await byEmail('supervisor@demo.local');
  agentId = await byEmail('agent@demo.local');
  const managed = await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisorId));
  serviceId = managed[0].serviceId;
  const all = await h.db.select().from(services);
  otherServiceId = all.find((s) => !managed.some((m) => m.serviceId === s.id))!.id;
});
afterAll(async () => h?.close());

describe('runBulkRequest', () => {
  test('resumes after a crash between items without applying any item twice', async () => {
    const req = await createBulkRequest(h.db, undefined, {
      kind: 'test-touch',
      serviceId,
      requestedBy: supervisorId,
      input: { password: 'x' },
      lang: 'en',
      items: items('crash', 6),
    });
    let seen = 0;
    await expect(
      runBulkRequest(h.db, req.id, {
        afterItem: () => {
          if (++seen === 3) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const [mid] = await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, req.id));
    expect(mid.state).toBe('running');
    expect(mid.processed).toBe(3);
    const done = await runBulkRequest(h.db, req.id);
    expect(done?.state).toBe('done');
    for (let i = 0; i < 6; i++) expect(await appliedCount(`crash-${i}`)).toBe(1);
    const rows = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, req.id));
    expect(rows.every((r) => r.state === 'applied' && r.appliedAt)).toBe(true);
    // Running it again changes nothing and writes no second audit record.
    await runBulkRequest(h.db, req.id);
    expect(await appliedCount('crash-0')).toBe(1);
    const audits = await h.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.action, 'bulk.test-touch'), eq(auditRecords.target, `bulk-request:${req.id}`)));
    expect(audits).toHaveLength(1);
    expect(audits[0].outcome).toBe('ok');
    expect(audits[0].inputs).toEqual({ password: '[redacted]' });
  });

  test('reports a failed item and applies the rest (per-item mode)', async () => {
    const req = await createBulkRequest(h.db, undefined, {
      kind: 'test-touch',
      serviceId,
      requestedBy: supervisorId,
      input: {},
      lang: 'pt-BR',
      items: items('partial', 4, 1),
    });
    const done = await runBulkRequest(h.db, req.id);
    expect(done).toMatchObject({ state: 'done', processed: 4, failed: 1 });
    expect(await appliedCount('partial-1')).toBe(0);
    expect(await appliedCount('partial-3')).toBe(1);
    const [failed] = await h.db
      .select()
      .from(bulkItems)
      .where(and(eq(bulkItems.requestId, req.id), eq(bulkItems.itemKey, 'partial-1')));
    expect(failed.state).toBe('failed');
    expect(failed.reason).toEqual({ 'pt-BR': 'falhou de propósito', en: 'failed on purpose' });
  });

  test('writes nothing when one item fails in all-or-nothing mode', async () => {
    const req = await createBulkRequest(h.db, undefined, {
      kind: 'test-touch-atomic',
      serviceId,
      requestedBy: supervisorId,
      input: {},
      lang: 'en',
      items: items('atomic', 5, 3),
    });
    const done = await runBulkRequest(h.db, req.id);
    expect(done?.state).toBe('failed');
    for (let i = 0; i < 5; i++) expect(await appliedCount(`atomic-${i}`)).toBe(0);
    const rows = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, req.id));
    expect(rows.filter((r) => r.state === 'failed').map((r) => r.itemKey)).toEqual(['atomic-3']);
    expect(rows.filter((r) => r.state === 'skipped')).toHaveLength(4);
  });

  test('allows only one running request per service', async () => {
    const a = await createBulkRequest(h.db, undefined, {
      kind: 'test-touch',
      serviceId,
      requestedBy: supervisorId,
      input: {},
      lang: 'en',
      items: items('one-a', 1),
    });
    const b = await createBulkRequest(h.db, undefined, {
      kind: 'test-touch',
      serviceId,
      requestedBy: supervisorId,
      input: {},
      lang: 'en',
      items: items('one-b', 1),
    });
    await h.db.update(bulkRequests).set({ state: 'running' }).where(eq(bulkRequests.id, a.id));
    await expect(runBulkRequest(h.db, b.id)).rejects.toThrow(/running/);
    await runBulkRequest(h.db, a.id);
    expect((await runBulkRequest(h.db, b.id))?.state).toBe('done');
  });
});

describe('cancelBulkRequest', () => {
  test('cancels a waiting request and refuses a finished one', async () => {
    const req = await createBulkRequest(h.db, undefined, {
      kind: 'test-touch',
      serviceId,
      requestedBy: supervisorId,
      input: {},
      lang: 'en',
      items: items('cancel', 2),
    });
    expect(await cancelBulkRequest(h.db, undefined, req.id)).toBe(true);
    expect((await runBulkRequest(h.db, req.id))?.state).toBe('cancelled');
    expect(await appliedCount('cancel-0')).toBe(0);
    expect(await cancelBulkRequest(h.db, undefined, req.id)).toBe(false);
  });
});

describe('canAccessBulkRequest', () => {
  test('lets in the requester, admins and supervisors of the service only', async () => {
    const mine = await createBulkRequest(h.db, undefined, {
      kind: 'test-touch',
      serviceId: otherServiceId,
      requestedBy: agentId,
      input: {},
      lang: 'en',
      items: items('acc', 1),
    });
    const agent = { id: agentId, permissions: [] as never[] };
    const supervisor = { id: supervisorId, permissions: ['manage:user-migration'] as never[] };
    const admin = { id: adminId, permissions: ['admin:all-services'] as never[] };
    const may = async (who: typeof agent, r: typeof mine) => canAccessBulkRequest(await loadScope(h.db, who), who, r);
    expect(await may(agent, mine)).toBe(true);
    expect(await may(admin, mine)).toBe(true);
    expect(await may(supervisor, mine)).toBe(false);
    const ours = { ...mine, serviceId, requestedBy: adminId };
    expect(await may(supervisor, ours)).toBe(true);
    expect(await may(agent, ours)).toBe(false);
    // A request of no single service (an import across several) is the requester's and the admins'.
    const spread = { ...mine, serviceId: null, requestedBy: adminId };
    expect(await may(admin, spread)).toBe(true);
    expect(await may(supervisor, spread)).toBe(false);
  });
});

describe('startBulkWorkers', () => {
  test('runs a confirmed request through pg-boss and resumes one left running by a dead process', async () => {
    const orphan = await createBulkRequest(h.db, undefined, {
      kind: 'test-touch',
      serviceId: otherServiceId,
      requestedBy: adminId,
      input: {},
      lang: 'en',
      items: items('orphan', 3),
    });
    let n = 0;
    await runBulkRequest(h.db, orphan.id, {
      afterItem: () => {
        if (++n === 1) throw new Error('process died');
      },
    }).catch(() => {});
    const jobs = await startJobs(h);
    const stop = await startBulkWorkers(h, jobs.boss, { sweepEveryMs: 0 });
    try {
      const fresh = await createBulkRequest(h.db, jobs.boss, {
        kind: 'test-touch',
        serviceId,
        requestedBy: adminId,
        input: {},
        lang: 'en',
        items: items('boss', 3),
      });
      expect(fresh.jobId).toBeTruthy();
      const deadline = Date.now() + 30_000;
      const state = async (id: string) => (await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, id)))[0].state;
      while (Date.now() < deadline && ((await state(fresh.id)) !== 'done' || (await state(orphan.id)) !== 'done')) await new Promise((r) => setTimeout(r, 200));
      expect(await state(fresh.id)).toBe('done');
      expect(await state(orphan.id)).toBe('done');
      for (let i = 0; i < 3; i++) {
        expect(await appliedCount(`boss-${i}`)).toBe(1);
        expect(await appliedCount(`orphan-${i}`)).toBe(1);
      }
    } finally {
      stop();
      await jobs.stop();
    }
  });

  test('the periodic sweep leaves a request without a job to its creator for a grace period, then enqueues it', async () => {
    const jobs = await startJobs(h);
    try {
      if (!(await jobs.boss.getQueue(BULK_QUEUE))) await jobs.boss.createQueue(BULK_QUEUE, bulkQueueOptions);
      // As between the creator's commit and its send: the request is there, its job not yet.
      const pending = await createBulkRequest(h.db, undefined, {
        kind: 'test-touch',
        serviceId: otherServiceId,
        requestedBy: adminId,
        input: {},
        lang: 'en',
        items: items('grace', 1),
      });
      const jobOf = async () => (await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, pending.id)))[0].jobId;
      const now = new Date(pending.createdAt.getTime() + 5_000);
      expect(await sweepBulkRequests(h.db, jobs.boss, { soleOwner: false, graceMs: 60_000, now })).toBe(0);
      expect(await jobOf()).toBeNull();
      // Its creator died before sending: once the grace is over the sweep gives it a job.
      const later = new Date(pending.createdAt.getTime() + 61_000);
      expect(await sweepBulkRequests(h.db, jobs.boss, { soleOwner: false, graceMs: 60_000, now: later })).toBeGreaterThanOrEqual(1);
      expect(await jobOf()).toBeTruthy();
      await cancelBulkRequest(h.db, jobs.boss, pending.id);
    } finally {
      await jobs.stop();
    }
  });
});
