import { readFileSync } from 'node:fs';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { queryRows } from '@/db/rows';
import type { DbHandle } from '@/db/client';
import { getTestDb } from '../helpers/db';

let h: DbHandle;
let profileId = 0;
beforeAll(async () => {
  h = await getTestDb();
  [{ id: profileId }] = await h.db.insert(t.profiles).values({ name: 'User' }).returning();
}, 60_000);
afterAll(async () => h?.close());

/** The counter and the consumer set, next to the truth computed from users and group_members. */
async function state() {
  const [r] = await queryRows<{ counter: number; set: number; truth: number }>(
    h.db,
    sql`select coalesce((select consumed from license_usage where id = 1), 0)::int as counter,
               (select count(*) from license_consumers)::int as set,
               (select count(*) from users u where u.active and exists (select 1 from group_members gm where gm.user_id = u.id))::int as truth`,
  );
  return r;
}

const addUsers = async (n: number, tag: string) =>
  (
    await h.db
      .insert(t.users)
      .values(Array.from({ length: n }, (_, i) => ({ name: `U${i}`, email: `${tag}${i}@x.test`, phone: '1', passwordHash: 'x', profileId })))
      .returning({ id: t.users.id })
  ).map((r) => r.id);

describe('license usage triggers', () => {
  test('keep the counter equal to active users in at least one group through every kind of change', async () => {
    const [g1] = await h.db.insert(t.userGroups).values({ name: 'G1' }).returning();
    const [g2] = await h.db.insert(t.userGroups).values({ name: 'G2' }).returning();
    const ids = await addUsers(50, 'a');
    expect(await state()).toEqual({ counter: 0, set: 0, truth: 0 });
    await h.db.insert(t.groupMembers).values(ids.slice(0, 40).map((userId) => ({ groupId: g1.id, userId })));
    expect(await state()).toEqual({ counter: 40, set: 40, truth: 40 });
    await h.db.insert(t.groupMembers).values(ids.slice(30, 45).map((userId) => ({ groupId: g2.id, userId }))); // 10 in both
    expect((await state()).counter).toBe(45);
    await h.db
      .update(t.users)
      .set({ active: false })
      .where(inArray(t.users.id, ids.slice(0, 5)));
    expect((await state()).counter).toBe(40);
    await h.db.update(t.users).set({ lastLoginAt: new Date() }).where(inArray(t.users.id, ids)); // not a license change
    expect((await state()).counter).toBe(40);
    await h.db.delete(t.groupMembers).where(eq(t.groupMembers.groupId, g1.id)); // 30–44 keep G2
    expect(await state()).toEqual({ counter: 15, set: 15, truth: 15 });
    await h.db.delete(t.users).where(inArray(t.users.id, ids.slice(30, 35))); // cascades their memberships
    expect(await state()).toEqual({ counter: 10, set: 10, truth: 10 });
    await h.db
      .update(t.users)
      .set({ active: true })
      .where(inArray(t.users.id, ids.slice(0, 5))); // in no group now
    expect((await state()).counter).toBe(10);
    await h.db.delete(t.userGroups).where(eq(t.userGroups.id, g2.id)); // cascades every membership
    expect(await state()).toEqual({ counter: 0, set: 0, truth: 0 });
  });

  test('the migration runs twice and recounts from the data', async () => {
    const [g] = await h.db.insert(t.userGroups).values({ name: 'G3' }).returning();
    const ids = await addUsers(7, 'b');
    await h.db.insert(t.groupMembers).values(ids.map((userId) => ({ groupId: g.id, userId })));
    await h.db.execute(sql`update license_usage set consumed = 999 where id = 1`);
    const migration = readFileSync('src/db/migrations/0003_license_usage_triggers.sql', 'utf8').split('--> statement-breakpoint');
    for (let i = 0; i < 2; i++) for (const stmt of migration) await h.db.execute(sql.raw(stmt));
    expect(await state()).toEqual({ counter: 7, set: 7, truth: 7 });
  });
});
