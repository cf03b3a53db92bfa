import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { licenseCountCheck } from '@/checks/definitions/license-count';
import { runCheck } from '@/checks/runner';
import type { SessionUser } from '@/auth/session';
import type { DbHandle } from '@/db/client';
import { getTestDb } from '../../helpers/db';

let h: DbHandle;
const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
let ids: number[] = [];

/** 12 users: 10 active in a group (3 of them idle > 30 days, 1 never signed in), 1 inactive in a group, 1 active in no group. */
beforeAll(async () => {
  h = await getTestDb();
  await h.db.insert(t.organization).values({ id: 1, name: 'Org', contractedSeats: 100 });
  const [p] = await h.db.insert(t.profiles).values({ name: 'User' }).returning();
  const [g] = await h.db.insert(t.userGroups).values({ name: 'Atendimento' }).returning();
  const rows = await h.db
    .insert(t.users)
    .values(
      Array.from({ length: 12 }, (_, i) => ({
        name: `Pessoa ${i}`,
        email: `p${i}@org.test`,
        phone: '1',
        passwordHash: 'x',
        profileId: p.id,
        active: i !== 10,
        lastLoginAt: i === 0 ? null : i < 3 ? daysAgo(45 + i) : daysAgo(2),
      })),
    )
    .returning({ id: t.users.id });
  ids = rows.map((r) => r.id);
  await h.db.insert(t.groupMembers).values(ids.slice(0, 11).map((userId) => ({ groupId: g.id, userId })));
  // Member of two groups: still one license.
  const [g2] = await h.db.insert(t.userGroups).values({ name: 'Vendas' }).returning();
  await h.db.insert(t.groupMembers).values({ groupId: g2.id, userId: ids[5] });
}, 60_000);
afterAll(async () => h?.close());

/** Run as the dashboard runs it (through the runner, which makes the status the worst of the findings), by the system. */
const system: SessionUser = {
  id: 0,
  email: 'system',
  name: 'system',
  profile: 'Administrator',
  permissions: ['admin:checks'],
  sessionId: 'test',
  sessionCreatedAt: now,
};
const run = () => runCheck(licenseCountCheck, { db: h.db, user: system, input: {}, now });
const seats = (n: number) => h.db.update(t.organization).set({ contractedSeats: n }).where(eq(t.organization.id, 1));

describe('license-count', () => {
  test('counts active users in at least one group once each, and warns below 90 % while idle users are listed', async () => {
    await seats(100);
    const r = await run();
    // Below 90 % use, but three idle users are warnings: the check's status is the worst of its findings.
    expect(r.findings.filter((f) => f.status === 'warn').length).toBeGreaterThan(0);
    expect(r.status).toBe('warn');
    expect(r.summary.en).toBe('10 of 100 licenses in use (10 %); 3 with no sign-in for 30 days.');
    expect(r.summary['pt-BR']).toBe('10 de 100 licenças em uso (10 %); 3 sem acesso há 30 dias.');
  });

  test('lists the idle users, never-signed-in first, each linking the fix', async () => {
    const r = await run();
    const listed = r.findings.filter((f) => f.record?.kind === 'user');
    expect(listed.map((f) => f.record!.id)).toEqual([ids[0], ids[2], ids[1]]);
    expect(listed[0].message.en).toBe('Never signed in.');
    expect(listed[1].message['pt-BR']).toMatch(/^Último acesso em \d\d\/\d\d\/2026\.$/);
    expect(listed.every((f) => f.fix?.article === 'licenses/no-licenses-available')).toBe(true);
  });

  test('warns from 90 % use', async () => {
    await seats(11);
    const r = await run();
    expect(r.status).toBe('warn');
    expect(r.findings[0].message.en).toBe('91 % of licenses in use (10 of 11): 1 left.');
  });

  test('fails when consumption exceeds the contract, and counts a deactivation at once', async () => {
    await seats(9);
    const r = await run();
    expect(r.status).toBe('fail');
    expect(r.findings[0].message.en).toMatch(/^Limit exceeded: 10 licenses in use for 9 contracted \(1 over\)/);
    await h.db
      .update(t.users)
      .set({ active: false })
      .where(inArray(t.users.id, [ids[0], ids[1]]));
    const after = await run();
    expect(after.summary.en).toMatch(/^8 of 9 licenses in use/);
  });

  test('is ok below 90 % with no idle user', async () => {
    await seats(100);
    await h.db
      .update(t.users)
      .set({ lastLoginAt: daysAgo(1) })
      .where(eq(t.users.id, ids[2]));
    const r = await run();
    expect(r.summary.en).toBe('8 of 100 licenses in use (8 %); 0 with no sign-in for 30 days.');
    expect(r.findings).toEqual([]);
    expect(r.status).toBe('ok');
  });
});

describe('license-count at scale', () => {
  test('caps the idle count at 500 and says "more than", while the list stays the 20 oldest', async () => {
    await seats(10_000);
    const [p] = await h.db.select().from(t.profiles).limit(1);
    const [g] = await h.db.select().from(t.userGroups).limit(1);
    const many = await h.db
      .insert(t.users)
      .values(
        Array.from({ length: 600 }, (_, i) => ({
          name: `Idle ${i}`,
          email: `idle${i}@org.test`,
          phone: '1',
          passwordHash: 'x',
          profileId: p.id,
          lastLoginAt: daysAgo(40 + (i % 50)),
        })),
      )
      .returning({ id: t.users.id });
    await h.db.insert(t.groupMembers).values(many.map((u) => ({ groupId: g.id, userId: u.id })));
    const r = await run();
    expect(r.summary.en).toMatch(/licenses in use .*; more than 500 with no sign-in for 30 days\.$/);
    expect(r.summary['pt-BR']).toMatch(/; mais de 500 sem acesso há 30 dias\.$/);
    expect(r.findings.filter((f) => f.record?.kind === 'user')).toHaveLength(20);
  });
});
