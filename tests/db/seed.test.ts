import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { migrateDatabase } from '@/db/migrate';
import { getTestDb, MIGRATIONS_DIR } from '../helpers/db';
import type { DbHandle } from '@/db/client';

let h: DbHandle;
beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 200, attendances: 1000 });
}, 120_000);
afterAll(async () => h?.close());

describe('migrateDatabase', () => {
  test('applies the migrations a second and third time without changing anything', async () => {
    await migrateDatabase(h, MIGRATIONS_DIR);
    await migrateDatabase(h, MIGRATIONS_DIR);
    const [{ n }] = await h.db.select({ n: count() }).from(t.users);
    expect(n).toBe(203);
  });
});

describe('seedDemo', () => {
  test('creates one default service and the default User profile with only the attendance screen', async () => {
    const defaults = await h.db.select().from(t.services).where(eq(t.services.isDefault, true));
    expect(defaults).toHaveLength(1);
    const [user] = await h.db.select().from(t.profiles).where(eq(t.profiles.isDefault, true));
    expect(user.name).toBe('User');
    expect(user.permissions).toEqual(['op:attendance']);
  });

  test('creates queued, in-attendance (some expired) and finished attendances with their history', async () => {
    const byStatus = await h.db.select({ status: t.attendances.status, n: count() }).from(t.attendances).groupBy(t.attendances.status);
    const m = Object.fromEntries(byStatus.map((r) => [r.status, r.n]));
    expect(m).toEqual({ queued: 400, in_attendance: 350, finished: 250 });
    const [{ expired }] = await h.db
      .select({ expired: count() })
      .from(t.attendances)
      .where(sql`${t.attendances.status} = 'in_attendance' and ${t.attendances.expiresAt} < now()`);
    expect(expired).toBe(50);
    const [{ created }] = await h.db.select({ created: count() }).from(t.interactionEvents).where(eq(t.interactionEvents.type, 'created'));
    expect(created).toBe(1000);
    const noAgent = await h.db
      .select({ n: count() })
      .from(t.attendances)
      .where(sql`status <> 'queued' and agent_id is null`);
    expect(noAgent[0].n).toBe(0);
  });

  test('writes the Batch Finalized tabulation, the simulated chat distributor and the demo markers', async () => {
    const [tab] = await h.db.select().from(t.tabulations).where(eq(t.tabulations.code, 'batch-finalized'));
    expect([tab.namePt, tab.nameEn]).toEqual(['Finalizado em lote', 'Batch Finalized']);
    const [task] = await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, 'Omni - Chat Distributor'));
    expect(task.intervalSec).toBeLessThan(30);
    expect(task.demoSimulated).toBe(true);
    const [sender] = await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, 'Omni - Envio de E-mail'));
    expect(sender).toMatchObject({ demoSimulated: false, lastError: expect.stringContaining('535') });
    const [org] = await h.db.select().from(t.organization);
    expect(org.demo).toBe(true);
    const examples = await h.db.select().from(t.mailboxes).where(eq(t.mailboxes.example, true));
    expect(examples.map((m) => [m.name, m.active, m.imapHost])).toEqual([
      ['SAC', true, 'imap.empresa-demo.example'],
      ['Financeiro', false, 'imap.empresa-demo.example'],
    ]);
    expect(await h.db.select().from(t.chatQueues).where(eq(t.chatQueues.outOfService, true))).toHaveLength(0);
  });

  test('links the municipal holiday (today and tomorrow) to the Ouvidoria grid only', async () => {
    const rows = await h.db
      .select({ grid: t.scheduleGrids.name, name: t.holidays.name })
      .from(t.gridHolidays)
      .innerJoin(t.holidays, eq(t.holidays.id, t.gridHolidays.holidayId))
      .innerJoin(t.scheduleGrids, eq(t.scheduleGrids.id, t.gridHolidays.gridId))
      .where(sql`${t.holidays.name} like '%municipal%'`);
    expect(rows.map((r) => r.grid)).toEqual(['Ouvidoria 24 horas', 'Ouvidoria 24 horas']);
  });

  test('leaves only a handful of users idle for 30 days or more', async () => {
    const [{ idle }] = await h.db
      .select({ idle: count() })
      .from(t.users)
      .where(sql`${t.users.active} and ${t.users.lastLoginAt} < now() - interval '30 days'`);
    expect(idle).toBeGreaterThan(0);
    expect(idle).toBeLessThanOrEqual(Math.ceil(200 / 15));
  });

  test('keeps accents in generated names and stores no plain mailbox password', async () => {
    const accented = await h.db
      .select({ n: count() })
      .from(t.users)
      .where(sql`${t.users.name} ~ '[áéíóúâêôãõç]'`);
    expect(accented[0].n).toBeGreaterThan(0);
    const mbx = await h.db.select().from(t.mailboxes);
    for (const m of mbx) expect(m.imapPasswordEnc).not.toContain('demo-imap-password');
  });
});

describe('audit_records', () => {
  test('cannot be updated, deleted or truncated', async () => {
    await h.db.insert(t.auditRecords).values({ action: 'test', outcome: 'ok' });
    await expect(h.db.update(t.auditRecords).set({ outcome: 'changed' })).rejects.toThrow();
    await expect(h.db.delete(t.auditRecords)).rejects.toThrow();
    await expect(h.db.execute(sql`truncate audit_records`)).rejects.toThrow();
    const rows = await h.db.select().from(t.auditRecords).where(eq(t.auditRecords.action, 'test'));
    expect(rows.map((r) => r.outcome)).toEqual(['ok']);
  });
});
