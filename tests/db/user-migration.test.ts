import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { auditRecords, bulkItems, serviceManagers, services, userServiceHistory, userServiceLinks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { confirmMigration, planMigration, migrationInput } from '@/bulk/user-migration/plan';
import { revertDueMigrations } from '@/bulk/user-migration/revert';
import { runBulkRequest } from '@/bulk';
import { startJobs } from '@/jobs/boss';
import { startBulkWorkers } from '@/bulk/workers';

let h: DbHandle;
let admin: { id: number; permissions: never[] };
let supervisor: { id: number; permissions: never[] };
let a = 0; // managed
let b = 0; // managed
let other = 0; // not managed
let pool: number[] = [];

const linksOf = async (userId: number) =>
  (await h.db.select().from(userServiceLinks).where(eq(userServiceLinks.userId, userId))).map((l) => l.serviceId).sort();
/** Moves `ids` so that each is linked to `serviceId` only. */
const place = async (ids: number[], serviceId: number) => {
  await h.db.delete(userServiceLinks).where(inArray(userServiceLinks.userId, ids));
  await h.db.insert(userServiceLinks).values(ids.map((userId) => ({ userId, serviceId })));
};
const input = (v: object) => migrationInput.parse(v);
// 2026-03-10 23:30 in São Paulo (UTC-3) = 2026-03-11 02:30 UTC.
const lateEvening = new Date('2026-03-11T02:30:00Z');

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 30, attendances: 0 });
  const byEmail = async (e: string) => (await h.db.select().from(users).where(eq(users.email, e)))[0].id;
  admin = { id: await byEmail('admin@demo.local'), permissions: ['admin:all-services'] as never[] };
  supervisor = { id: await byEmail('supervisor@demo.local'), permissions: ['manage:user-migration'] as never[] };
  const managed = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisor.id))).map((m) => m.serviceId);
  [a, b] = managed;
  other = (await h.db.select().from(services)).find((s) => !managed.includes(s.id))!.id;
  pool = (await h.db.select({ id: users.id }).from(users).where(eq(users.active, true)))
    .map((u) => u.id)
    .filter((id) => id !== admin.id && id !== supervisor.id)
    .slice(0, 20);
});
afterAll(async () => h?.close());

describe('planMigration', () => {
  test('reports per user: already in destination, inactive, out of reach; the rest would move', async () => {
    const [u1, u2, u3, u4] = pool;
    await place([u1, u2, u3, u4], a);
    await h.db.insert(userServiceLinks).values({ userId: u2, serviceId: b });
    await h.db.update(users).set({ active: false }).where(eq(users.id, u3));
    const plan = await planMigration(h.db, supervisor, input({ originServiceId: a, destinationServiceId: b, userIds: [u1, u2, u3] }));
    expect(plan.map((p) => [p.userId, p.problem?.en ?? null])).toEqual([
      [u1, null],
      [u2, 'Already in the destination service; nothing to do.'],
      [u3, 'Inactive user: activate them before migrating.'],
    ]);
    const far = await planMigration(h.db, supervisor, input({ originServiceId: a, destinationServiceId: other, userIds: [u4] }));
    expect(far[0].problem?.en).toMatch(/destination service is not one you manage/);
    await h.db.update(users).set({ active: true }).where(eq(users.id, u3));
  });

  test('selects every associated user matching the filter across pages', async () => {
    const ids = pool.slice(4, 12);
    await place(ids, b);
    const plan = await planMigration(h.db, admin, input({ originServiceId: b, destinationServiceId: other, all: true }));
    expect(plan.map((p) => p.userId)).toEqual(expect.arrayContaining(ids));
  });

  test('refuses the same service as origin and destination', () => {
    expect(migrationInput.safeParse({ originServiceId: a, destinationServiceId: a, userIds: [1] }).success).toBe(false);
  });
});

describe('user-migration job', () => {
  test('moves permanently, records history and audit, skips users with problems, and resumes without moving anyone twice', async () => {
    const ids = pool.slice(12, 16);
    await place(ids, a);
    await h.db.insert(userServiceLinks).values({ userId: ids[3], serviceId: b });
    const { request } = await confirmMigration(h.db, undefined, supervisor, input({ originServiceId: a, destinationServiceId: b, userIds: ids }), 'en');
    let n = 0;
    await expect(
      runBulkRequest(h.db, request!.id, {
        afterItem: () => {
          if (++n === 1) throw new Error('crash');
        },
      }),
    ).rejects.toThrow('crash');
    const done = await runBulkRequest(h.db, request!.id);
    expect(done).toMatchObject({ state: 'done', processed: 4, failed: 0 });
    for (const id of ids.slice(0, 3)) expect(await linksOf(id)).toEqual([b]);
    const hist = await h.db.select().from(userServiceHistory).where(eq(userServiceHistory.requestId, request!.id));
    expect(hist.map((x) => x.userId).sort()).toEqual(ids.slice(0, 3).sort());
    expect(hist.every((x) => x.event === 'migration-permanent' && x.fromServiceId === a && x.toServiceId === b && x.byUserId === supervisor.id)).toBe(true);
    const [skipped] = await h.db
      .select()
      .from(bulkItems)
      .where(and(eq(bulkItems.requestId, request!.id), eq(bulkItems.itemKey, `user:${ids[3]}`)));
    expect(skipped).toMatchObject({ state: 'skipped', reason: { en: 'Already in the destination service; nothing to do.' } });
    const [aud] = await h.db
      .select()
      .from(auditRecords)
      .where(eq(auditRecords.target, `bulk-request:${request!.id}`));
    expect(aud).toMatchObject({ action: 'bulk.user-migration', outcome: 'ok' });
    expect(aud.details).toMatchObject({ applied: 3, skipped: 1 });
  });

  test('a temporary migration reverts at the start of the next day in the organization’s time zone, once', async () => {
    const ids = pool.slice(16, 18);
    await place(ids, a);
    const { request } = await confirmMigration(
      h.db,
      undefined,
      admin,
      input({ originServiceId: a, destinationServiceId: b, mode: 'temporary', userIds: ids }),
      'pt-BR',
    );
    await runBulkRequest(h.db, request!.id, { now: () => lateEvening });
    const [link] = await h.db.select().from(userServiceLinks).where(eq(userServiceLinks.userId, ids[0]));
    expect(link).toMatchObject({ serviceId: b, kind: 'temporary', originServiceId: a, revertOn: '2026-03-11' });
    // 23:59 local: not yet.
    expect((await revertDueMigrations(h.db, new Date('2026-03-11T02:59:00Z'))).returned).toHaveLength(0);
    // 00:00:30 local on the 11th: back.
    const r = await revertDueMigrations(h.db, new Date('2026-03-11T03:00:30Z'));
    expect(r.returned.map((x) => x.userId).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(await linksOf(id)).toEqual([a]);
    expect((await revertDueMigrations(h.db, new Date('2026-03-11T03:05:00Z'))).returned).toHaveLength(0);
    const returns = await h.db
      .select()
      .from(userServiceHistory)
      .where(and(inArray(userServiceHistory.userId, ids), eq(userServiceHistory.event, 'return')));
    expect(returns).toHaveLength(2);
    expect(returns[0]).toMatchObject({ fromServiceId: b, toServiceId: a });
    const audits = await h.db.select().from(auditRecords).where(eq(auditRecords.action, 'bulk.user-migration.return'));
    expect(audits.length).toBeGreaterThanOrEqual(1);
  });

  test('the return catches up at start-up when the server was down at midnight', async () => {
    const ids = pool.slice(18, 20);
    await place(ids, a);
    const { request } = await confirmMigration(
      h.db,
      undefined,
      admin,
      input({ originServiceId: a, destinationServiceId: b, mode: 'temporary', userIds: ids }),
      'en',
    );
    await runBulkRequest(h.db, request!.id, { now: () => lateEvening });
    for (const id of ids) expect(await linksOf(id)).toEqual([b]);
    // The server comes back two days later.
    const jobs = await startJobs(h);
    const stop = await startBulkWorkers(h, jobs.boss, { sweepEveryMs: 0, now: () => new Date('2026-03-13T12:00:00Z') });
    try {
      for (const id of ids) expect(await linksOf(id)).toEqual([a]);
    } finally {
      stop();
      await jobs.stop();
    }
  });
});
