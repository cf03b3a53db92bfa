import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { bulkItems, bulkRequests, serviceManagers, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { createBulkRequest, registerBulkKind, runBulkRequest } from '@/bulk';
import { ServiceBusyError } from '@/bulk/runner';

let h: DbHandle;
let supervisorId: number;
let serviceId: number;

/** Ids the batch kind below claims to have applied besides its own items (a kind with a bug). */
let extraApplied: number[] = [];

registerBulkKind({
  kind: 'test-noop',
  permission: 'manage:user-migration',
  payload: z.null(),
  async apply() {
    return { state: 'applied' };
  },
});
registerBulkKind({
  kind: 'test-batch-overreach',
  permission: 'manage:user-migration',
  payload: z.null(),
  batchSize: 2,
  async apply() {
    return { state: 'applied' };
  },
  async applyBatch(_tx, _ctx, items) {
    return { applied: [...items.map((i) => i.id), ...extraApplied], notApplied: () => ({ state: 'skipped', reason: { 'pt-BR': 'não', en: 'no' } }) };
  },
});

const items = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ key: `${prefix}-${i}`, label: `item ${i}`, payload: null }));
const request = (kind: string, prefix: string, n: number) =>
  createBulkRequest(h.db, undefined, { kind, serviceId, requestedBy: supervisorId, input: {}, lang: 'en', items: items(prefix, n) });
const causes = (e: unknown): string[] => (e instanceof Error ? [e.message, ...causes(e.cause)] : e ? [String(e)] : []);

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 0, attendances: 0 });
  supervisorId = (await h.db.select().from(users).where(eq(users.email, 'supervisor@demo.local')))[0].id;
  serviceId = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisorId)))[0].serviceId;
});
afterAll(async () => h?.close());

describe('runBulkRequest', () => {
  test('reports another running request of the same service as busy, and runs once it is over', async () => {
    const a = await request('test-noop', 'busy-a', 1);
    const b = await request('test-noop', 'busy-b', 1);
    await h.db.update(bulkRequests).set({ state: 'running' }).where(eq(bulkRequests.id, a.id));
    const error = await runBulkRequest(h.db, b.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceBusyError);
    expect((await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, b.id)))[0].state).toBe('waiting');
    await runBulkRequest(h.db, a.id);
    expect((await runBulkRequest(h.db, b.id))?.state).toBe('done');
  });

  test('lets any other failure to start surface with its cause instead of calling it busy', async () => {
    const r = await request('test-noop', 'broken', 1);
    await h.db.execute(
      sql.raw(`create function test_refuse_start() returns trigger language plpgsql as $$ begin raise exception 'simulated storage failure'; end $$`),
    );
    await h.db.execute(
      sql.raw(`create trigger test_refuse_start before update on bulk_requests for each row
        when (new.id = '${r.id}' and new.state = 'running') execute function test_refuse_start()`),
    );
    try {
      const error = await runBulkRequest(h.db, r.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(ServiceBusyError);
      const chain = causes(error).join(' | ');
      expect(chain).toMatch(/Could not start bulk request/);
      expect(chain).toMatch(/simulated storage failure/);
      expect(chain).not.toMatch(/Another bulk request/);
    } finally {
      await h.db.execute(sql.raw('drop trigger test_refuse_start on bulk_requests'));
      await h.db.execute(sql.raw('drop function test_refuse_start()'));
    }
    expect((await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, r.id)))[0].state).toBe('waiting');
  });

  test('marks only the items of the batch being run, whatever ids a kind returns', async () => {
    const bystander = await request('test-noop', 'bystander', 2);
    const bystanderIds = (await h.db.select({ id: bulkItems.id }).from(bulkItems).where(eq(bulkItems.requestId, bystander.id))).map((r) => r.id);
    extraApplied = bystanderIds;
    try {
      const r = await request('test-batch-overreach', 'overreach', 3);
      expect((await runBulkRequest(h.db, r.id))?.state).toBe('done');
      const own = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, r.id));
      expect(own.map((i) => i.state)).toEqual(['applied', 'applied', 'applied']);
      const other = await h.db
        .select()
        .from(bulkItems)
        .where(and(eq(bulkItems.requestId, bystander.id)));
      expect(other.map((i) => i.state)).toEqual(['pending', 'pending']);
      const [counted] = await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, r.id));
      expect(counted).toMatchObject({ processed: 3, failed: 0 });
    } finally {
      extraApplied = [];
    }
  });
});
