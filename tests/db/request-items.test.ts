import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { attendances, serviceManagers, services, userServiceLinks, users } from '@/db/schema';
import { requestClosure } from '@/bulk/queue-closure/request-closure';
import { seedDemo } from '@/db/seed/demo';
import { confirmMigration, migrationInput } from '@/bulk/user-migration/plan';
import { revertDueMigrations } from '@/bulk/user-migration/revert';
import { runBulkRequest } from '@/bulk';
import { getBulkRequest } from '@/bulk/requests';
import { canAccessBulkRequest } from '@/bulk/access';
import { bulkHistory } from '@/bulk/history';
import { requestItems } from '@/bulk/request-items';
import { scopeOf, type Scope } from '@/auth/scope';

let h: DbHandle;
let admin: { id: number; permissions: never[] };
let a = 0; // the supervisor's
let b = 0; // the supervisor's
let other = 0; // nobody's but the admins'
let pool: number[] = [];
const tz = 'America/Sao_Paulo';
// 2026-03-10 23:30 in São Paulo (UTC-3).
const lateEvening = new Date('2026-03-11T02:30:00Z');

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 40, attendances: 0 });
  const byEmail = async (e: string) => (await h.db.select().from(users).where(eq(users.email, e)))[0].id;
  admin = { id: await byEmail('admin@demo.local'), permissions: ['admin:all-services'] as never[] };
  const supervisor = await byEmail('supervisor@demo.local');
  const managed = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisor))).map((m) => m.serviceId);
  [a, b] = managed;
  other = (await h.db.select().from(services)).find((s) => !managed.includes(s.id))!.id;
  const agent = await byEmail('agent@demo.local');
  pool = (await h.db.select({ id: users.id }).from(users).where(eq(users.active, true)).orderBy(users.id))
    .map((u) => u.id)
    .filter((id) => id !== admin.id && id !== supervisor && id !== agent)
    .slice(0, 14);
});
afterAll(async () => h?.close());

const place = async (ids: number[], serviceId: number) => {
  await h.db.delete(userServiceLinks).where(inArray(userServiceLinks.userId, ids));
  await h.db.insert(userServiceLinks).values(ids.map((userId) => ({ userId, serviceId })));
};
const nameOf = async (id: number) => (await h.db.select().from(services).where(eq(services.id, id)))[0].name;
const itemsFor = async (id: string, scope: Scope, after = 0, limit = 25, requester = false) =>
  requestItems({ db: h.db, request: (await getBulkRequest(h.db, id))!, scope, requester, lang: 'pt-BR', timeZone: tz, after, limit });

describe('what a migration did, item by item', () => {
  test('lists who moved from → to, the return at the start of the next day in the zone, pages, and only to callers of its services', async () => {
    const ids = pool.slice(0, 12);
    expect(ids).toHaveLength(12);
    await place(ids, other);
    const { request } = await confirmMigration(
      h.db,
      undefined,
      admin,
      migrationInput.parse({ originServiceId: other, destinationServiceId: b, mode: 'temporary', userIds: [...ids, 99999999] }),
      'pt-BR',
    );
    await runBulkRequest(h.db, request!.id, { now: () => lateEvening });
    const [origin, dest] = [await nameOf(other), await nameOf(b)];

    // An admin: every item, in pages of 5 following the cursor.
    const all = scopeOf(true, []);
    const first = await itemsFor(request!.id, all, 0, 5);
    expect(first.items).toHaveLength(5);
    expect(first.next).not.toBeNull();
    const [u] = await h.db.select().from(users).where(eq(users.id, ids[0]));
    expect(first.items[0]).toMatchObject({
      key: `user:${ids[0]}`,
      state: 'applied',
      subject: u.name,
      note: u.email,
      from: origin,
      to: dest,
      temporary: true,
      returned: false,
      // 2026-03-11 00:00 in São Paulo.
      returnsAt: '2026-03-11T03:00:00.000Z',
    });
    const keys: string[] = [];
    for (let after = 0; ;) {
      const p = await itemsFor(request!.id, all, after, 5);
      keys.push(...p.items.map((i) => i.key));
      if (p.next === null) break;
      after = p.next;
    }
    expect(keys).toEqual([...ids.map((id) => `user:${id}`), 'user:99999999']);
    const unknown = (await itemsFor(request!.id, all, 0, 25)).items.at(-1)!;
    expect(unknown).toMatchObject({ state: 'skipped', subject: '99999999', note: null, reason: 'Usuário não encontrado.', returnsAt: null });

    // The supervisor of the destination only (not of the origin): sees the request and its items,
    // and the history lists it under the destination.
    const destOnly = scopeOf(false, [b]);
    const stored = (await getBulkRequest(h.db, request!.id))!;
    expect(canAccessBulkRequest(destOnly, { id: -1 }, stored)).toBe(true);
    expect((await itemsFor(request!.id, destOnly)).items.length).toBe(13);
    const underDest = await bulkHistory(h.db, destOnly, -1, { serviceId: b }, tz, 50);
    expect(underDest.requests.find((r) => r.id === request!.id)).toMatchObject({
      service: origin,
      destination: dest,
      serviceId: other,
      destinationServiceId: b,
    });
    // A supervisor of neither: no access, no items, not in the history.
    const neither = scopeOf(false, [a]);
    expect(canAccessBulkRequest(neither, { id: -1 }, stored)).toBe(false);
    expect((await itemsFor(request!.id, neither)).items).toEqual([]);
    expect((await bulkHistory(h.db, neither, -1, {}, tz, 100)).requests.some((r) => r.id === request!.id)).toBe(false);

    // After the return, the page says they are back.
    await revertDueMigrations(h.db, new Date('2026-03-11T03:00:30Z'));
    expect((await itemsFor(request!.id, all, 0, 1)).items[0]).toMatchObject({ returned: true, returnsAt: '2026-03-11T03:00:00.000Z' });
  });

  test('a permanent migration has no return', async () => {
    const ids = pool.slice(12, 14);
    expect(ids).toHaveLength(2);
    await place(ids, a);
    const { request } = await confirmMigration(
      h.db,
      undefined,
      admin,
      migrationInput.parse({ originServiceId: a, destinationServiceId: b, userIds: ids }),
      'en',
    );
    await runBulkRequest(h.db, request!.id);
    const { items } = await itemsFor(request!.id, scopeOf(false, [a]));
    expect(items.map((i) => [i.state, i.temporary, i.returnsAt])).toEqual([
      ['applied', false, null],
      ['applied', false, null],
    ]);
  });
});

describe('what a closure did, from the attendances (a range request has no items)', () => {
  test('lists the attendances it finished, by id, in pages; not those taken meanwhile; only to callers of its service', async () => {
    const rows = await h.db
      .insert(attendances)
      .values(
        Array.from({ length: 7 }, (_, i) => ({
          protocol: `RI-${i}`,
          channel: 'chat' as const,
          serviceId: a,
          status: 'queued' as const,
          customerName: `Cliente ${i}`,
        })),
      )
      .returning({ id: attendances.id });
    const ids = rows.map((r) => r.id);
    const req = await requestClosure(h.db, undefined, { userId: admin.id, lang: 'pt-BR', input: { serviceId: a, tabulate: false } });
    // One is picked up by an operator before the job reaches it.
    await h.db.update(attendances).set({ status: 'in_attendance' }).where(eq(attendances.id, ids[2]));
    await runBulkRequest(h.db, req.id);
    const all = scopeOf(true, []);
    const seen: string[] = [];
    for (let after = 0; ;) {
      const p = await itemsFor(req.id, all, after, 4);
      seen.push(...p.items.map((i) => i.subject));
      expect(p.items.every((i) => i.state === 'applied' && i.at !== null)).toBe(true);
      if (p.next === null) break;
      after = p.next;
    }
    const queuedBefore = ids.filter((id) => id !== ids[2]);
    // The demo's own queued attendances of the service are in the range too: ours are among them, in id order.
    expect(seen.filter((x) => x.startsWith('RI-'))).toEqual(queuedBefore.map((id) => `RI-${ids.indexOf(id)}`));
    expect((await itemsFor(req.id, all, 0, 100)).items.find((i) => i.subject === 'RI-0')).toMatchObject({ note: 'Cliente 0', reason: null });
    expect((await itemsFor(req.id, scopeOf(false, [other]))).items).toEqual([]);
  });
});
