import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { bulkItems, bulkRequests, profiles, serviceManagers, services, teamMembers, teams, userServiceLinks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { grantPolicy } from '@/auth/grant-policy';
import { readImport } from '@/bulk/user-import/read-import';
import { confirmImport } from '@/bulk/user-import/confirm';
import { importIdsCsv } from '@/bulk/user-import/templates';
import { confirmMigration, migrationInput, planMigration } from '@/bulk/user-migration/plan';

let h: DbHandle;
const ids = { admin: 0, supervisor: 0, agent: 0, adminProfile: 0, supervisorProfile: 0, userProfile: 0 };
let managed: number[] = [];
let unmanaged = 0;
// The actors as routes pass them: the policy reads their permissions from the database itself.
const actor = (id: number) => ({ id, email: '', permissions: [] as never[] });
const file = (s: string) => Readable.from([Buffer.from(s)]);
const countUsers = async () => Number((await h.db.select({ n: sql<number>`count(*)` }).from(users))[0].n);

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  const u = async (e: string) => (await h.db.select().from(users).where(eq(users.email, e)))[0].id;
  const p = async (n: string) => (await h.db.select().from(profiles).where(eq(profiles.name, n)))[0].id;
  Object.assign(ids, {
    admin: await u('admin@demo.local'),
    supervisor: await u('supervisor@demo.local'),
    agent: await u('agent@demo.local'),
    adminProfile: await p('Administrator'),
    supervisorProfile: await p('Supervisor'),
    userProfile: await p('User'),
  });
  managed = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, ids.supervisor))).map((m) => m.serviceId);
  unmanaged = (await h.db.select().from(services)).find((s) => !managed.includes(s.id))!.id;
});
afterAll(async () => h?.close());

describe('grantPolicy', () => {
  test('gives a supervisor the profiles within its permissions and its own services only', async () => {
    const policy = await grantPolicy(h.db, actor(ids.supervisor));
    expect([...policy.profiles].sort()).toEqual([ids.supervisorProfile, ids.userProfile].sort());
    expect(policy.mayGiveProfile(ids.adminProfile)).toBe(false);
    expect(policy.mayGiveService(managed[0])).toBe(true);
    expect(policy.mayGiveService(unmanaged)).toBe(false);
    expect(policy.mayGiveService(999_999)).toBe(false);
  });

  test('gives an administrator every profile and service', async () => {
    const policy = await grantPolicy(h.db, actor(ids.admin));
    expect(policy.services).toBe('all');
    expect(policy.mayGiveProfile(ids.adminProfile)).toBe(true);
    expect(policy.mayGiveService(unmanaged)).toBe(true);
  });

  test('refuses a supervisor an administrator even in its own service, and users outside its services', async () => {
    await h.db.insert(userServiceLinks).values({ userId: ids.admin, serviceId: managed[0] }).onConflictDoNothing();
    const outsider = (
      await h.db.insert(users).values({ name: 'Fora', email: 'fora@x.com', phone: '11987654321', passwordHash: 'x', profileId: ids.userProfile }).returning()
    )[0].id;
    await h.db.insert(userServiceLinks).values({ userId: outsider, serviceId: unmanaged });
    const r = await (await grantPolicy(h.db, actor(ids.supervisor))).refusals([ids.admin, ids.agent, outsider, 2_000_000_000, -1]);
    expect(Object.fromEntries(r)).toEqual({ [ids.admin]: 'holds-more', [outsider]: 'out-of-scope', 2000000000: 'not-found', '-1': 'not-found' });
    expect((await (await grantPolicy(h.db, actor(ids.admin))).refusals([ids.admin, ids.agent, outsider])).size).toBe(0);
  });

  test('counts an administrative grant carried by a team, not a team’s module permissions', async () => {
    const [team] = await h.db
      .insert(teams)
      .values({ name: 'Time Auditoria', permissions: ['admin:audit', 'module:email:edit'] })
      .returning();
    const u = (
      await h.db.insert(users).values({ name: 'Aud', email: 'aud@x.com', phone: '11987654321', passwordHash: 'x', profileId: ids.userProfile }).returning()
    )[0].id;
    await h.db.insert(userServiceLinks).values({ userId: u, serviceId: managed[0] });
    const policy = await grantPolicy(h.db, actor(ids.supervisor));
    expect((await policy.refusals([u])).get(u)).toBeUndefined();
    await h.db.insert(teamMembers).values({ teamId: team.id, userId: u });
    expect((await policy.refusals([u])).get(u)).toBe('holds-more');
  });
});

describe('fellow supervisors and oneself', () => {
  let fellow = 0;
  let peer = 0;
  beforeAll(async () => {
    // A supervisor of one of our supervisor's services AND of a service it does not manage…
    fellow = (
      await h.db
        .insert(users)
        .values({ name: 'Colega', email: 'colega@x.com', phone: '11987654321', passwordHash: 'x', profileId: ids.supervisorProfile })
        .returning()
    )[0].id;
    await h.db.insert(userServiceLinks).values({ userId: fellow, serviceId: managed[0] });
    await h.db.insert(serviceManagers).values([
      { userId: fellow, serviceId: managed[0] },
      { userId: fellow, serviceId: unmanaged },
    ]);
    // …and one who manages only services our supervisor manages too.
    peer = (
      await h.db
        .insert(users)
        .values({ name: 'Par', email: 'par@x.com', phone: '11987654321', passwordHash: 'x', profileId: ids.supervisorProfile })
        .returning()
    )[0].id;
    await h.db.insert(userServiceLinks).values({ userId: peer, serviceId: managed[0] });
    await h.db.insert(serviceManagers).values({ userId: peer, serviceId: managed[0] });
  });

  test('refuses a supervisor a fellow supervisor who manages a service it does not manage', async () => {
    const sup = await grantPolicy(h.db, actor(ids.supervisor));
    expect(Object.fromEntries(await sup.refusals([fellow, peer]))).toEqual({ [fellow]: 'manages-more' });
    expect(Object.fromEntries(await sup.refusals([fellow, peer], { deactivate: true }))).toEqual({ [fellow]: 'manages-more' });
    // An administrator manages every service: it may.
    expect((await (await grantPolicy(h.db, actor(ids.admin))).refusals([fellow, peer], { deactivate: true })).size).toBe(0);
  });

  test('refuses anyone the deactivation of themselves, and only that', async () => {
    for (const who of [ids.supervisor, ids.admin]) {
      const policy = await grantPolicy(h.db, actor(who));
      expect((await policy.refusals([who], { deactivate: true })).get(who)).toBe('self');
      expect((await policy.refusals([who])).get(who)).not.toBe('self');
    }
  });

  test('a migration skips the fellow supervisor with the reason, and moves nobody when it is the only one', async () => {
    const input = migrationInput.parse({ originServiceId: managed[0], destinationServiceId: managed[1], userIds: [fellow, peer] });
    const plan = await planMigration(h.db, actor(ids.supervisor), input);
    const byId = new Map(plan.map((p) => [p.userId, p]));
    expect(byId.get(fellow)).toMatchObject({ refusal: 'manages-more' });
    expect(byId.get(fellow)?.problem?.en).toMatch(/manages services you do not manage/);
    expect(byId.get(fellow)?.problem?.['pt-BR']).toMatch(/gerencia serviços que você não gerencia/);
    expect(byId.get(peer)?.problem).toBeUndefined();
    const alone = await confirmMigration(
      h.db,
      undefined,
      actor(ids.supervisor),
      migrationInput.parse({ originServiceId: managed[0], destinationServiceId: managed[1], userIds: [fellow] }),
      'en',
    );
    expect(alone.request).toBeUndefined();
    const links = await h.db.select().from(userServiceLinks).where(eq(userServiceLinks.userId, fellow));
    expect(links.map((l) => l.serviceId)).toEqual([managed[0]]);
  });
});

describe('user import and the grant policy', () => {
  const evil = (profile: number) => `nome,e-mail,telefone,senha,serviço,perfil\nEvil,evil.admin@ex.com,11987654321,Evil-pass-2026,${managed[0]},${profile}\n`;

  test('refuses a supervisor the Administrator profile: a row problem in both languages, nothing written', async () => {
    const usersBefore = await countUsers();
    const r = await readImport(h.db, file(evil(ids.adminProfile)), { actor: actor(ids.supervisor) });
    expect(r.canImport).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 2, column: 'perfil', field: 'profile' });
    expect(r.problems[0].message.en).toMatch(/^Profile \d+ carries permissions you do not hold/);
    expect(r.problems[0].message['pt-BR']).toMatch(/^O perfil \d+ tem permissões que você não tem/);
    expect(r.problems[0].message.en).toContain(`${ids.userProfile} (User)`);
    expect(r.problems[0].message.en).not.toContain('Administrator');
    const c = await confirmImport(h.db, undefined, file(evil(ids.adminProfile)), actor(ids.supervisor), 'en');
    expect(c.request).toBeUndefined();
    expect(await countUsers()).toBe(usersBefore);
    expect((await h.db.select().from(users).where(eq(users.email, 'evil.admin@ex.com'))).length).toBe(0);
    expect((await h.db.select().from(bulkRequests)).length).toBe(0);
    expect((await h.db.select().from(bulkItems)).length).toBe(0);
  });

  test('lets a supervisor give the Supervisor profile, and an administrator the Administrator one', async () => {
    expect((await readImport(h.db, file(evil(ids.supervisorProfile)), { actor: actor(ids.supervisor) })).canImport).toBe(true);
    expect((await readImport(h.db, file(evil(ids.adminProfile)), { actor: actor(ids.admin) })).canImport).toBe(true);
  });

  test('the ids export lists only the profiles and services the caller may give', async () => {
    const sup = await importIdsCsv(h.db, actor(ids.supervisor), 'en');
    expect(sup).not.toContain('Administrator');
    expect(sup).toContain('Supervisor');
    const svcLines = sup.split('\n').filter((l) => l.startsWith('service'));
    expect(svcLines.map((l) => Number(l.split(';')[1] ?? l.split(',')[1])).sort()).toEqual([...managed].sort());
    expect(await importIdsCsv(h.db, actor(ids.admin), 'en')).toContain('Administrator');
  });
});

describe('user migration and the grant policy', () => {
  test('refuses to move an administrator, and names nobody outside the caller’s services', async () => {
    await h.db.insert(userServiceLinks).values({ userId: ids.admin, serviceId: managed[0] }).onConflictDoNothing();
    const plan = await planMigration(
      h.db,
      actor(ids.supervisor),
      migrationInput.parse({ originServiceId: managed[0], destinationServiceId: managed[1], userIds: [ids.admin, ids.agent] }),
    );
    const byId = new Map(plan.map((p) => [p.userId, p]));
    expect(byId.get(ids.admin)?.problem?.en).toMatch(/holds permissions you do not/);
    expect(byId.get(ids.agent)?.problem).toBeUndefined();
    const far = await planMigration(
      h.db,
      actor(ids.supervisor),
      migrationInput.parse({ originServiceId: unmanaged, destinationServiceId: managed[0], all: true }),
    );
    expect(far).toEqual([]);
    const named = await planMigration(
      h.db,
      actor(ids.supervisor),
      migrationInput.parse({
        originServiceId: unmanaged,
        destinationServiceId: managed[0],
        userIds: [ids.agent, (await h.db.select().from(users).where(eq(users.email, 'fora@x.com')))[0].id],
      }),
    );
    expect(named.every((p) => p.problem?.en.match(/origin service is not one you manage/))).toBe(true);
    expect(named.find((p) => p.userId !== ids.agent)).toMatchObject({ name: '', email: '' });
  });
});
