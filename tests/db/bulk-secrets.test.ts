import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { bulkItems, bulkRequests, checkRuns, profiles, scheduledTasks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { confirmImport } from '@/bulk/user-import/confirm';
import { cancelBulkRequest, createBulkRequest, registerBulkKind, runBulkRequest } from '@/bulk';
import { runBulkPayloadPurge, BULK_PAYLOAD_PURGE, ENDED_KEEP_DAYS } from '@/jobs/bulk-payload-purge';
import { runCheck } from '@/checks/runner';
import type { CheckDefinition } from '@/checks/types';
import { queryRows } from '@/db/rows';

let h: DbHandle;
let admin: { id: number; email: string; permissions: never[] };
const file = (s: string) => Readable.from([Buffer.from(s)]);
const rows = (prefix: string, n: number) =>
  'name,email,phone,password\n' + Array.from({ length: n }, (_, i) => `U ${i},${prefix}${i}@empresa.com.br,11987654321,Segredo-${prefix}-${i}x\n`).join('');
const payloadsOf = async (id: string) => (await h.db.select({ p: bulkItems.payload }).from(bulkItems).where(eq(bulkItems.requestId, id))).map((r) => r.p);
const day = 86_400_000;

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 3, attendances: 0 });
  const [a] = await h.db.select().from(users).where(eq(users.email, 'admin@demo.local'));
  admin = { id: a.id, email: a.email, permissions: ['admin:all-services', 'admin:checks'] as never[] };
  await h.db.insert(scheduledTasks).values({ name: BULK_PAYLOAD_PURGE, source: 'internal', automatic: true, intervalSec: 86_400 }).onConflictDoNothing();
});
afterAll(async () => h?.close());

describe('import payloads (encrypted passwords) are erased when the request ends', () => {
  test('failed: an e-mail taken between confirm and run', async () => {
    const { request } = await confirmImport(h.db, undefined, file(rows('fail', 3)), admin, 'en');
    expect((await payloadsOf(request!.id)).every((p) => p !== null)).toBe(true);
    const [p] = await h.db.select().from(profiles).limit(1);
    await h.db.insert(users).values({ name: 'Intruder', email: 'fail1@empresa.com.br', phone: '1', passwordHash: 'x', profileId: p.id });
    expect((await runBulkRequest(h.db, request!.id))?.state).toBe('failed');
    expect(await payloadsOf(request!.id)).toEqual([null, null, null]);
  });

  test('cancelled before it ran', async () => {
    const { request } = await confirmImport(h.db, undefined, file(rows('cancel', 2)), admin, 'en');
    expect(await cancelBulkRequest(h.db, undefined, request!.id)).toBe(true);
    expect(await payloadsOf(request!.id)).toEqual([null, null]);
    const [r] = await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, request!.id));
    expect(r.state).toBe('cancelled');
  });

  test('done', async () => {
    const { request } = await confirmImport(h.db, undefined, file(rows('done', 2)), admin, 'en');
    expect((await runBulkRequest(h.db, request!.id))?.state).toBe('done');
    expect(await payloadsOf(request!.id)).toEqual([null, null]);
  });
});

describe('runBulkPayloadPurge', () => {
  registerBulkKind<{ note: string }>({
    kind: 'test-purge',
    permission: 'manage:users',
    payload: z.object({ note: z.string() }),
    apply: async () => ({ state: 'applied' }),
  });

  test('erases payloads of requests ended long ago, and ends an import stuck open for days', async () => {
    const old = await createBulkRequest(h.db, undefined, {
      kind: 'test-purge',
      serviceId: null,
      requestedBy: admin.id,
      input: {},
      lang: 'en',
      items: [{ key: 'a', label: 'a', payload: { note: 'kept a while' } }],
    });
    await runBulkRequest(h.db, old.id);
    const recent = await createBulkRequest(h.db, undefined, {
      kind: 'test-purge',
      serviceId: null,
      requestedBy: admin.id,
      input: {},
      lang: 'en',
      items: [{ key: 'b', label: 'b', payload: { note: 'recent' } }],
    });
    await runBulkRequest(h.db, recent.id);
    await h.db
      .update(bulkRequests)
      .set({ finishedAt: new Date(Date.now() - (ENDED_KEEP_DAYS + 1) * day) })
      .where(eq(bulkRequests.id, old.id));
    const { request: stuck } = await confirmImport(h.db, undefined, file(rows('stuck', 2)), admin, 'en');
    await h.db
      .update(bulkRequests)
      .set({ createdAt: new Date(Date.now() - 8 * day) })
      .where(eq(bulkRequests.id, stuck!.id));
    const { request: waiting } = await confirmImport(h.db, undefined, file(rows('waiting', 1)), admin, 'en');

    const r = await runBulkPayloadPurge(h.db);
    expect(r.ended).toBe(1);
    expect(await payloadsOf(old.id)).toEqual([null]);
    expect(await payloadsOf(recent.id)).toEqual([{ note: 'recent' }]);
    expect(await payloadsOf(stuck!.id)).toEqual([null, null]);
    const [s] = await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, stuck!.id));
    expect(s).toMatchObject({ state: 'failed' });
    expect((s.error as { en: string }).en).toMatch(/unfinished for more than 7 days/);
    expect((await payloadsOf(waiting!.id))[0]).not.toBeNull();
    const [task] = await h.db.select().from(scheduledTasks).where(eq(scheduledTasks.name, BULK_PAYLOAD_PURGE));
    expect(task.lastRunAt).not.toBeNull();
  });
});

describe('no SQL or parameters in responses, history or logs', () => {
  const secret = 'Param-Secret-7781';
  const failing = {
    id: 'license-count',
    title: { 'pt-BR': 't', en: 't' },
    description: { 'pt-BR': 'd', en: 'd' },
    input: z.object({}),
    fields: [],
    permission: 'admin:checks',
    timeLimitMs: 5000,
    run: async (ctx) => {
      await queryRows(ctx.db, sql`select * from no_such_table where name = ${secret}`);
      throw new Error('unreachable');
    },
  } as CheckDefinition;

  test('a check’s unexpected error says a code, stores no SQL, logs class and code only', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')));
    try {
      const r = await runCheck(failing, {
        db: h.db,
        user: { ...admin, name: 'A', profile: 'Administrator', sessionId: 'x', sessionCreatedAt: new Date() } as never,
        input: {},
      });
      expect(r.status).toBe('fail');
      for (const text of [r.summary.en, r.summary['pt-BR']]) {
        expect(text).not.toMatch(/select|no_such_table|Failed query|params/i);
        expect(text).not.toContain(secret);
      }
      const id = /code ([0-9a-f]{8})/.exec(r.summary.en)![1];
      const stored = await h.db.select().from(checkRuns).where(eq(checkRuns.checkId, 'license-count'));
      const json = JSON.stringify(stored);
      expect(json).not.toMatch(/no_such_table|Failed query/);
      expect(json).not.toContain(secret);
      expect(logged.join('\n')).toContain(id);
      expect(logged.join('\n')).toContain('42P01'); // undefined_table
      expect(logged.join('\n')).not.toContain(secret);
      expect(logged.join('\n')).not.toMatch(/no_such_table|Failed query/);
    } finally {
      spy.mockRestore();
    }
  });

  test('an item that crashes gets a reason with a code, without SQL or parameters', async () => {
    registerBulkKind<{ v: string }>({
      kind: 'test-crash',
      permission: 'manage:users',
      payload: z.object({ v: z.string() }),
      apply: async (tx, _c, p) => {
        await queryRows(tx, sql`select * from no_such_table where v = ${p.v}`);
        return { state: 'applied' };
      },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const req = await createBulkRequest(h.db, undefined, {
        kind: 'test-crash',
        serviceId: null,
        requestedBy: admin.id,
        input: {},
        lang: 'en',
        items: [{ key: 'x', label: 'x', payload: { v: secret } }],
      });
      await runBulkRequest(h.db, req.id);
      const [item] = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, req.id));
      expect(item.state).toBe('failed');
      const reason = JSON.stringify(item.reason);
      expect(reason).toMatch(/code [0-9a-f]{8}/);
      expect(reason).not.toContain(secret);
      expect(reason).not.toMatch(/no_such_table|Failed query/);
      expect(spy.mock.calls.flat().join(' ')).not.toContain(secret);
    } finally {
      spy.mockRestore();
    }
  });
});
