import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { eq, like, sql } from 'drizzle-orm';
import { openDatabase, type DbHandle } from '@/db/client';
import { MIGRATIONS_DIR, testDriver } from '../helpers/db';
import { bulkRequests, organization, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { startJobs } from '@/jobs/boss';
import { startBulkWorkers } from '@/bulk/workers';
import { confirmImport } from '@/bulk/user-import/confirm';

const dir = mkdtempSync(join(tmpdir(), 'omni-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const N = 120;
const csv =
  'name,email,phone,password\n' +
  Array.from({ length: N }, (_, i) => `Pessoa ${i},restart${i}@empresa.com.br,11987650${String(i).padStart(3, '0')},Reinicio-${i}x`).join('\n');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A whole server restart in the middle of an import job, on the embedded database (its sole
 * owner fails the dead job into retry at start-up; on PostgreSQL the missed heartbeat does it
 * after 30 s, too slow for a test).
 */
describe.skipIf(testDriver !== 'pglite')('user import across a restart', () => {
  test('a job cut off by a restart leaves no user behind and completes once after start-up', async () => {
    let h: DbHandle = await openDatabase({ dataDir: dir, migrationsDir: MIGRATIONS_DIR });
    await seedDemo(h.db, { users: 0, attendances: 0 });
    await h.db.update(organization).set({ contractedSeats: 1000 });
    const [admin] = await h.db.select().from(users).where(eq(users.email, 'admin@demo.local'));
    let jobs = await startJobs(h);
    let stop = await startBulkWorkers(h, jobs.boss, { sweepEveryMs: 0 });
    const { request } = await confirmImport(h.db, jobs.boss, Readable.from([Buffer.from(csv)]), { ...admin, permissions: ['admin:all-services'] }, 'en');
    expect(request).toBeDefined();
    const state = async () => (await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, request!.id)))[0];
    // Wait until the job is hashing passwords (running, some progress), then pull the plug.
    for (let i = 0; i < 300 && !((await state()).state === 'running' && (await state()).processed > 0); i++) await wait(50);
    expect((await state()).state).toBe('running');
    stop();
    await jobs.boss.stop({ graceful: false, timeout: 1 }).catch(() => {});
    await h.close();
    await wait(300);

    h = await openDatabase({ dataDir: dir, migrationsDir: MIGRATIONS_DIR });
    const count = async () =>
      (
        await h.db
          .select({ n: sql<number>`count(*)::int` })
          .from(users)
          .where(like(users.email, 'restart%'))
      )[0].n;
    expect(await count()).toBe(0);
    jobs = await startJobs(h);
    stop = await startBulkWorkers(h, jobs.boss, { sweepEveryMs: 0 });
    try {
      for (let i = 0; i < 600 && (await state()).state !== 'done'; i++) await wait(100);
      expect(await state()).toMatchObject({ state: 'done', processed: N, failed: 0 });
      expect(await count()).toBe(N);
    } finally {
      stop();
      await jobs.stop();
      await h.close();
    }
  });
});
