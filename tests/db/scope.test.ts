import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import * as t from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { loadScope, scopeOf, type Scope } from '@/auth/scope';
import { pickerOptions } from '@/checks/pickers';
import { recentRuns } from '@/checks/recent-runs';
import { getCheck } from '@/checks/registry';
import { encryptSecret } from '@/security/secrets';

let h: DbHandle;
let sup: Scope;
let admin: Scope;
let managed: number[];
/** Users linked to at least one managed service (computed without the scope module). */
let inScopeUsers: Set<number>;

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 40, attendances: 0 });
  const [s] = await h.db.select().from(t.users).where(eq(t.users.email, 'supervisor@demo.local'));
  sup = await loadScope(h.db, { id: s.id, permissions: [] });
  admin = await loadScope(h.db, { id: 0, permissions: ['admin:all-services'] });
  managed = (await h.db.select().from(t.serviceManagers).where(eq(t.serviceManagers.userId, s.id))).map((m) => m.serviceId);
  inScopeUsers = new Set(
    (await h.db.select({ id: t.userServiceLinks.userId }).from(t.userServiceLinks).where(inArray(t.userServiceLinks.serviceId, managed))).map((r) => r.id),
  );
});

afterAll(async () => {
  await h.close();
});

describe('loadScope', () => {
  test('gives a supervisor the services it manages and an admin every service', () => {
    expect([...sup.serviceIds].sort()).toEqual([...managed].sort());
    expect(sup.all).toBe(false);
    expect(admin.all).toBe(true);
    expect(sup.has(managed[0])).toBe(true);
    expect(sup.has(null)).toBe(false);
  });
});

describe('scope.users', () => {
  test('selects exactly the users linked to a service in scope', async () => {
    const rows = await h.db.select({ id: t.users.id }).from(t.users).where(sup.users(t.users.id));
    expect(new Set(rows.map((r) => r.id))).toEqual(inScopeUsers);
    expect((await h.db.select({ id: t.users.id }).from(t.users).where(scopeOf(false, []).users(t.users.id))).length).toBe(0);
  });

  test('keeps meaning the outer row when given a column of user_service_links itself', async () => {
    const outside = (await h.db.select().from(t.services)).find((x) => !managed.includes(x.id))!.id;
    const rows = await h.db
      .select({ id: t.userServiceLinks.userId })
      .from(t.userServiceLinks)
      .where(and(eq(t.userServiceLinks.serviceId, outside), sup.users(t.userServiceLinks.userId)));
    for (const r of rows) expect(inScopeUsers.has(r.id)).toBe(true);
    const linkedOutside = await h.db.select({ id: t.userServiceLinks.userId }).from(t.userServiceLinks).where(eq(t.userServiceLinks.serviceId, outside));
    expect(rows.length).toBe(linkedOutside.filter((r) => inScopeUsers.has(r.id)).length);
    expect(rows.length).toBeLessThan(linkedOutside.length);
  });
});

describe('scope.mailboxes', () => {
  test('sees a mailbox answered by people of its services, not one nobody of them answers', async () => {
    const [orphan] = await h.db
      .insert(t.mailboxes)
      .values({
        name: 'Sem responsáveis',
        address: 'orphan@example.com',
        imapHost: 'imap.example.com',
        imapUser: 'o',
        imapPasswordEnc: encryptSecret('x'),
        smtpHost: 'smtp.example.com',
        smtpUser: 'o',
        smtpPasswordEnc: encryptSecret('x'),
      })
      .returning();
    const seen = async (scope: Scope) => (await h.db.select({ id: t.mailboxes.id }).from(t.mailboxes).where(scope.mailboxes(t.mailboxes.id))).map((r) => r.id);
    expect(await seen(sup)).not.toContain(orphan.id);
    expect((await seen(sup)).length).toBeGreaterThan(0);
    expect(await seen(admin)).toContain(orphan.id);
  });
});

describe('pickerOptions', () => {
  test('lists to a supervisor only users, queues, services and mailboxes in its scope', async () => {
    const users = await pickerOptions(h.db, sup, 'user', '', 100);
    expect(users.length).toBeGreaterThan(0);
    for (const u of users) expect(inScopeUsers.has(Number(u.id))).toBe(true);
    const queues = await pickerOptions(h.db, sup, 'queue', '', 100);
    const queueRows = await h.db.select().from(t.chatQueues);
    expect(queues.map((q) => Number(q.id)).sort()).toEqual(
      queueRows
        .filter((q) => managed.includes(q.serviceId))
        .map((q) => q.id)
        .sort(),
    );
    expect((await pickerOptions(h.db, sup, 'service', '', 100)).map((s) => Number(s.id)).sort()).toEqual([...managed].sort());
    expect((await pickerOptions(h.db, admin, 'queue', '', 100)).length).toBe(queueRows.length);
  });
});

describe('recentRuns', () => {
  test('leaves out, for a supervisor, the runs on records outside its services', async () => {
    const def = getCheck('operator-readiness')!;
    const outsider = (await h.db.select({ id: t.users.id }).from(t.users)).map((u) => u.id).find((id) => !inScopeUsers.has(id))!;
    const insider = [...inScopeUsers][0];
    const queues = await h.db.select().from(t.chatQueues);
    const farQueue = queues.find((q) => !managed.includes(q.serviceId))!.id;
    const nearQueue = queues.find((q) => managed.includes(q.serviceId))!.id;
    const run = (input: Record<string, unknown>, label: string) => ({
      checkId: def.id,
      status: 'ok' as const,
      summary: { 'pt-BR': label, en: label },
      findings: [],
      durationMs: 1,
      input,
    });
    await h.db
      .insert(t.checkRuns)
      .values([
        run({ userId: outsider, queueId: nearQueue }, 'outsider'),
        run({ userId: insider, queueId: farQueue }, 'far queue'),
        run({ userId: insider, queueId: nearQueue }, 'mine'),
        run({ userId: 'x' }, 'malformed'),
        run({ userId: 99_999_999_999 }, 'huge'),
      ]);
    const labels = async (scope: Scope) => (await recentRuns(h.db, def, scope, 50)).map((r) => (r.summary as { en: string }).en).sort();
    expect(await labels(sup)).toEqual(['mine']);
    expect(await labels(admin)).toEqual(['far queue', 'huge', 'malformed', 'mine', 'outsider']);
  });
});
