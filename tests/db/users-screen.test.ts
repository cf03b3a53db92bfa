import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { audit } from '@/audit/record';
import { loadScope } from '@/auth/scope';
import type { DbHandle } from '@/db/client';
import { queryRows } from '@/db/rows';
import { auditRecords, groupMembers, profiles, serviceManagers, services, userGroups, userServiceLinks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { usersFacets } from '@/operations/users/facets';
import { usersList } from '@/operations/users/list';
import { setUserActive } from '@/operations/users/set-active';
import { usersUpdateAccess } from '@/operations/users/update-access';
import { HttpError } from '@/server/http-error';
import type { OperationContext } from '@/server/operation';
import { sessionUserFor } from '../helpers/check-context';
import { getTestDb } from '../helpers/db';

let h: DbHandle;
const ids = { admin: 0, supervisor: 0, agent: 0, adminProfile: 0, userProfile: 0, supervisorProfile: 0, fellow: 0, outsider: 0, elevated: 0, atendimento: 0 };
let managed: number[] = [];
let unmanaged = 0;

/** Runs an operation's handler as `email`, with the context both doors build (scope, refusals audited). */
async function run<I, O>(op: { action: string; handler: (c: OperationContext<I>) => Promise<O> | O }, email: string, input: I): Promise<O> {
  const user = await sessionUserFor(h.db, email);
  const scope = await loadScope(h.db, user);
  const c = {
    user,
    db: h.db,
    lang: 'en',
    input,
    scope: async () => scope,
    requireService: async (id: number) => {
      if (scope.has(id)) return scope;
      throw new HttpError(403, { 'pt-BR': 'fora', en: 'outside' });
    },
    audit: (e: Parameters<typeof audit>[1]) => audit(h.db, { ...e, actor: user }),
  } as unknown as OperationContext<I>;
  return op.handler(c);
}

/** The refusal a call ends in: its status and English message. */
async function refusal(p: unknown): Promise<{ status: number; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, message: e.localized.en };
    throw e;
  }
  throw new Error('expected a refusal');
}

const stateOf = async (userId: number) => ({
  user: (await h.db.select({ active: users.active, profileId: users.profileId }).from(users).where(eq(users.id, userId)))[0],
  groups: (await h.db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, userId))).map((g) => g.id).sort(),
});

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 40, attendances: 0 });
  const u = async (e: string) => (await h.db.select().from(users).where(eq(users.email, e)))[0].id;
  const p = async (n: string) => (await h.db.select().from(profiles).where(eq(profiles.name, n)))[0].id;
  Object.assign(ids, {
    admin: await u('admin@demo.local'),
    supervisor: await u('supervisor@demo.local'),
    agent: await u('agent@demo.local'),
    adminProfile: await p('Administrator'),
    userProfile: await p('User'),
    supervisorProfile: await p('Supervisor'),
  });
  managed = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, ids.supervisor))).map((m) => m.serviceId);
  unmanaged = (await h.db.select().from(services)).find((s) => !managed.includes(s.id))!.id;
  // A fellow supervisor in one of our services who also manages one we do not; a user of another service only.
  const [fellow] = await h.db
    .insert(users)
    .values({ name: 'Colega Supervisora', email: 'fellow@demo.local', phone: '11900000001', passwordHash: 'x', profileId: ids.supervisorProfile })
    .returning();
  const [outsider] = await h.db
    .insert(users)
    .values({ name: 'Pessoa de Vendas', email: 'outsider@demo.local', phone: '11900000002', passwordHash: 'x', profileId: ids.userProfile })
    .returning();
  await h.db.insert(userServiceLinks).values([
    { userId: fellow.id, serviceId: managed[0] },
    { userId: outsider.id, serviceId: unmanaged },
  ]);
  await h.db.insert(serviceManagers).values({ userId: fellow.id, serviceId: unmanaged });
  // A group that grants an administrative permission (the supervisor lacks it).
  const [elevated] = await h.db
    .insert(userGroups)
    .values({ name: 'Grupo Auditoria', permissions: ['admin:audit'] })
    .returning();
  const [atendimento] = await h.db.select().from(userGroups).where(eq(userGroups.name, 'Grupo Atendimento'));
  Object.assign(ids, { fellow: fellow.id, outsider: outsider.id, elevated: elevated.id, atendimento: atendimento.id });
}, 60_000);
afterAll(async () => h?.close());

const list = (email: string, input: Record<string, unknown> = {}) =>
  run(usersList, email, { q: '', status: 'any', idle: false, page: 1, pageSize: 100, ...input } as never) as ReturnType<typeof usersList.handler>;

describe('users screen: scope', () => {
  test('a supervisor lists only users of its services, every query ANDing its scope', async () => {
    const all = await list('supervisor@demo.local');
    const [{ n }] = await queryRows<{ n: number }>(
      h.db,
      sql`select count(distinct user_id)::int as n from user_service_links where service_id = any(${`{${managed.join(',')}}`}::int[])`,
    );
    expect(all.users.length).toBe(Math.min(n, 100));
    expect(all.users.map((u) => u.id)).not.toContain(ids.outsider);
    // Services of a user are only those in the supervisor's scope.
    const fellow = all.users.find((u) => u.id === ids.fellow)!;
    expect(fellow.services.map((s) => s.id)).toEqual([managed[0]]);
    expect(fellow.refusal).toBe('manages-more');
    expect(all.users.find((u) => u.id === ids.supervisor)?.refusal).toBe('self');
    // Searching for someone outside finds nobody; an admin finds them.
    expect((await list('supervisor@demo.local', { q: 'outsider@' })).users).toEqual([]);
    expect((await list('admin@demo.local', { q: 'outsider@' })).users.map((u) => u.id)).toEqual([ids.outsider]);
  });

  test('a service filter outside the scope is refused; filters by profile, group, status and idle combine', async () => {
    expect((await refusal(list('supervisor@demo.local', { serviceId: unmanaged }))).status).toBe(403);
    const byService = await list('admin@demo.local', { serviceId: unmanaged });
    expect(byService.users.map((u) => u.id)).toContain(ids.outsider);
    const admins = await list('admin@demo.local', { profileId: ids.adminProfile });
    expect(admins.users.every((u) => u.profile.id === ids.adminProfile)).toBe(true);
    const inGroup = await list('admin@demo.local', { groupId: ids.atendimento, pageSize: 5 });
    expect(inGroup.users.every((u) => u.groups.some((g) => g.id === ids.atendimento))).toBe(true);
    const idle = await list('admin@demo.local', { idle: true, status: 'active' });
    expect(idle.users.every((u) => u.active && (u.lastLoginAt === null || Date.parse(u.lastLoginAt) < Date.now() - 30 * 86_400_000))).toBe(true);
    expect(idle.users.map((u) => u.id)).toContain(ids.outsider); // never signed in
    const paged = await list('admin@demo.local', { pageSize: 5 });
    expect(paged.hasMore).toBe(true);
    expect(paged.users).toHaveLength(5);
  });

  test('facets: a supervisor gets its services, and may give only the profiles and groups within its permissions', async () => {
    const f = await run(usersFacets, 'supervisor@demo.local', {});
    expect(f.services.map((s) => s.id).sort()).toEqual([...managed].sort());
    expect(f.profiles.find((p) => p.id === ids.adminProfile)?.giveable).toBe(false);
    expect(f.profiles.find((p) => p.id === ids.userProfile)?.giveable).toBe(true);
    expect(f.groups.find((g) => g.id === ids.elevated)?.giveable).toBe(false);
    expect(f.groups.find((g) => g.id === ids.atendimento)?.giveable).toBe(true);
  });
});

describe('users screen: grant policy refusals change nothing', () => {
  test('a profile above the caller, a group above the caller, a user outside the scope', async () => {
    const before = await stateOf(ids.agent);
    const above = await refusal(run(usersUpdateAccess, 'supervisor@demo.local', { userId: ids.agent, profileId: ids.adminProfile }));
    expect(above.status).toBe(403);
    expect(above.message).toContain('Administrator');
    const group = await refusal(run(usersUpdateAccess, 'supervisor@demo.local', { userId: ids.agent, groupIds: [...before.groups, ids.elevated] }));
    expect(group).toMatchObject({ status: 403, message: expect.stringContaining('Grupo Auditoria') });
    const outside = await refusal(run(usersUpdateAccess, 'supervisor@demo.local', { userId: ids.outsider, groupIds: [ids.atendimento] }));
    expect(outside).toMatchObject({ status: 403, message: expect.stringContaining('service you do not manage') });
    expect(await stateOf(ids.agent)).toEqual(before);
    expect((await stateOf(ids.outsider)).groups).toEqual([]);
    const denied = await h.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.action, 'users.update-access'), eq(auditRecords.outcome, 'denied')));
    expect(denied.map((r) => (r.details as { refusal: string }).refusal)).toEqual(
      expect.arrayContaining(['profile-above-caller', 'group-above-caller', 'out-of-scope']),
    );
  });

  test('deactivating oneself or a fellow supervisor of services one does not manage is refused', async () => {
    expect((await refusal(run(setUserActive, 'supervisor@demo.local', { userId: ids.supervisor, active: false }))).status).toBe(403);
    expect((await refusal(run(setUserActive, 'supervisor@demo.local', { userId: ids.fellow, active: false }))).status).toBe(403);
    expect((await refusal(run(usersUpdateAccess, 'supervisor@demo.local', { userId: ids.fellow, profileId: ids.userProfile }))).status).toBe(403);
    expect((await stateOf(ids.supervisor)).user.active).toBe(true);
    expect((await stateOf(ids.fellow)).user).toEqual({ active: true, profileId: ids.supervisorProfile });
  });

  test('within the policy, groups and profile change in one step, recorded before → after; the license count follows', async () => {
    const used = async () => Number((await queryRows<{ consumed: number }>(h.db, sql`select consumed from license_usage where id = 1`))[0]?.consumed ?? 0);
    const outsiderUser = ids.outsider;
    const start = await used();
    await run(usersUpdateAccess, 'admin@demo.local', { userId: outsiderUser, profileId: ids.supervisorProfile, groupIds: [ids.atendimento] });
    expect(await stateOf(outsiderUser)).toEqual({ user: { active: true, profileId: ids.supervisorProfile }, groups: [ids.atendimento] });
    expect(await used()).toBe(start + 1);
    const [rec] = await h.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.action, 'users.update-access'), eq(auditRecords.outcome, 'ok')))
      .orderBy(desc(auditRecords.id))
      .limit(1);
    expect(rec.target).toBe(`user:${outsiderUser}`);
    expect(rec.details).toEqual({
      changes: [
        { field: 'profile', before: 'User', after: 'Supervisor' },
        { field: 'groups', before: [], after: ['Grupo Atendimento'] },
      ],
    });
    await run(setUserActive, 'admin@demo.local', { userId: outsiderUser, active: false });
    expect(await used()).toBe(start);
    await run(setUserActive, 'admin@demo.local', { userId: outsiderUser, active: true });
    expect(await used()).toBe(start + 1);
  });
});
