import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '../../src/db/schema';
import { seedDemo, DEMO_PASSWORD } from '../../src/db/seed/demo';
import { createSession, effectivePermissions, purgeExpiredSessions, readSession } from '../../src/auth/session';
import { loadScope } from '../../src/auth/scope';
import { signIn } from '../../src/auth/sign-in';
import { LIMITS, recordFailure, retryAfterSeconds } from '../../src/auth/throttle';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '../../src/db/client';

let h: DbHandle;
let ids: Record<'admin' | 'supervisor' | 'agent', number>;
beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 20, attendances: 0 });
  const rows = await h.db.select({ id: t.users.id, email: t.users.email }).from(t.users);
  const id = (e: string) => rows.find((r) => r.email === e)!.id;
  ids = { admin: id('admin@demo.local'), supervisor: id('supervisor@demo.local'), agent: id('agent@demo.local') };
}, 60_000);
afterAll(async () => h?.close());

describe('readSession', () => {
  test('returns the user before expiry and null after it', async () => {
    const start = new Date('2026-01-10T12:00:00Z');
    const { token } = await createSession(h.db, ids.agent, 30, start);
    expect((await readSession(h.db, token, new Date('2026-01-10T12:29:00Z')))?.email).toBe('agent@demo.local');
    expect(await readSession(h.db, token, new Date('2026-01-10T12:31:00Z'))).toBeNull();
    expect(await purgeExpiredSessions(h.db, new Date('2026-01-10T12:31:00Z'))).toBeGreaterThanOrEqual(1);
  });

  test('returns null for an unknown token and for a deactivated user', async () => {
    expect(await readSession(h.db, 'not-a-token')).toBeNull();
    const [u] = await h.db.insert(t.users).values({ name: 'Temp', email: 'temp@demo.local', phone: '1', passwordHash: 'x', profileId: 1 }).returning();
    const { token } = await createSession(h.db, u.id, 30);
    expect(await readSession(h.db, token)).not.toBeNull();
    await h.db.update(t.users).set({ active: false }).where(eq(t.users.id, u.id));
    expect(await readSession(h.db, token)).toBeNull();
  });
});

describe('signIn', () => {
  test('rotates the session: the previous token stops working', async () => {
    const first = await signIn(h.db, { email: 'ADMIN@demo.local', password: DEMO_PASSWORD, ip: '10.0.0.1', ttlMinutes: 60 });
    expect(first.ok).toBe(true);
    const token1 = first.ok ? first.token : '';
    const second = await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.0.0.1', previousToken: token1, ttlMinutes: 60 });
    const token2 = second.ok ? second.token : '';
    expect(token2).not.toBe(token1);
    expect(await readSession(h.db, token1)).toBeNull();
    expect((await readSession(h.db, token2))?.email).toBe('admin@demo.local');
  });

  test('throttles an account after 5 failures, even with the right password, and audits it', async () => {
    for (let i = 0; i < LIMITS.account; i++) {
      expect(await signIn(h.db, { email: 'supervisor@demo.local', password: 'wrong', ip: `10.1.0.${i}`, ttlMinutes: 60 })).toEqual({ ok: false, reason: 'invalid' });
    }
    const blocked = await signIn(h.db, { email: 'supervisor@demo.local', password: DEMO_PASSWORD, ip: '10.1.0.99', ttlMinutes: 60 });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    const audits = await h.db.select().from(t.auditRecords).where(eq(t.auditRecords.actorEmail, 'supervisor@demo.local'));
    expect(audits.map((a) => a.outcome)).toEqual([...Array(LIMITS.account).fill('failed'), 'throttled']);
    expect(JSON.stringify(audits)).not.toContain(DEMO_PASSWORD);
  });

  test('throttles an address after 20 failures across accounts, and the window ends', async () => {
    const now = new Date();
    for (let i = 0; i < LIMITS.address; i++) await recordFailure(h.db, `someone${i}@x.com`, '10.9.9.9', now);
    expect(await retryAfterSeconds(h.db, 'fresh@x.com', '10.9.9.9', now)).toBeGreaterThan(0);
    const later = new Date(now.getTime() + (LIMITS.windowMinutes + 1) * 60_000);
    expect(await retryAfterSeconds(h.db, 'fresh@x.com', '10.9.9.9', later)).toBe(0);
  });
});

describe('effectivePermissions', () => {
  test('joins the profile with the teams and groups of the user', async () => {
    const agent = await effectivePermissions(h.db, ids.agent);
    expect(agent).toContain('op:attendance');
    expect(agent).toContain('module:email:respond'); // from Time SAC E-mail
    expect(agent).not.toContain('manage:users');
  });

  test('limits a supervisor to the services they manage', async () => {
    const sup = await loadScope(h.db, { id: ids.supervisor, permissions: await effectivePermissions(h.db, ids.supervisor) });
    expect(sup).toMatchObject({ all: false, serviceIds: [expect.any(Number), expect.any(Number)] });
    expect((await loadScope(h.db, { id: ids.admin, permissions: await effectivePermissions(h.db, ids.admin) })).all).toBe(true);
  });
});
