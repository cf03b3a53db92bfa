import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { seedDemo, DEMO_PASSWORD } from '@/db/seed/demo';
import { createSession, effectivePermissions, purgeExpiredSessions, readSession } from '@/auth/session';
import { loadScope } from '@/auth/scope';
import { signIn } from '@/auth/sign-in';
import { LIMITS, purgeIdleCounters } from '@/auth/throttle';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';

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

  test('300 parallel guesses on one account check at most 5 passwords', async () => {
    const guesses = Array.from({ length: 300 }, (_, i) =>
      signIn(h.db, { email: 'supervisor@demo.local', password: `wrong-${i}`, ip: `10.1.${i % 4}.1`, ttlMinutes: 60 }),
    );
    const results = await Promise.all(guesses);
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(LIMITS.accountFree);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(300 - LIMITS.accountFree);
    const audits = await h.db.select().from(t.auditRecords).where(eq(t.auditRecords.actorEmail, 'supervisor@demo.local'));
    expect(audits.filter((a) => a.outcome === 'failed')).toHaveLength(LIMITS.accountFree);
    expect(audits.filter((a) => a.outcome === 'throttled')).toHaveLength(300 - LIMITS.accountFree);
    expect(JSON.stringify(audits)).not.toContain(DEMO_PASSWORD);
  });

  test('the owner, from a browser that signed in before, signs in through a guesser on the same address; untrusted clients wait', async () => {
    // The owner signed in once from this browser (before the attack): it holds a device cookie.
    const now = new Date(Date.UTC(2026, 0, 4, 8, 0, 0));
    const first = await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.3.0.1', ttlMinutes: 60, now });
    expect(first.ok).toBe(true);
    const device = first.ok ? first.deviceCookie : '';
    // The attacker, behind the same proxy address, guesses 30 times (and forges a device cookie).
    for (let i = 0; i < 30; i++)
      await signIn(h.db, {
        email: 'admin@demo.local',
        password: `guess-${i}`,
        ip: '10.3.0.1',
        deviceCookie: i % 2 ? `${device.slice(0, -2)}xx` : undefined,
        ttlMinutes: 60,
        now,
      });
    const untrusted = await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.3.0.1', ttlMinutes: 60, now });
    expect(untrusted).toMatchObject({ ok: false, reason: 'throttled' });
    const owner = await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.3.0.1', deviceCookie: device, ttlMinutes: 60, now });
    expect(owner.ok).toBe(true);
    // The new cookie works as well; a cookie of this account does not vouch for another one.
    const next = owner.ok ? owner.deviceCookie : '';
    expect(next).not.toBe(device);
    expect((await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.3.0.9', deviceCookie: next, ttlMinutes: 60, now })).ok).toBe(true);
    for (let i = 0; i < LIMITS.accountFree; i++) await signIn(h.db, { email: 'agent@demo.local', password: 'wrong', ip: '10.3.0.2', ttlMinutes: 60, now });
    expect(await signIn(h.db, { email: 'agent@demo.local', password: DEMO_PASSWORD, ip: '10.3.0.2', deviceCookie: next, ttlMinutes: 60, now })).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
    await h.db.delete(t.authThrottle);
  });

  test('a trusted device has a budget of its own: a stolen-cookie guesser waits too', async () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 4, 9, 0, s));
    const first = await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.4.0.1', ttlMinutes: 60, now: at(0) });
    const device = first.ok ? first.deviceCookie : '';
    for (let i = 0; i < LIMITS.deviceFree; i++)
      expect(
        await signIn(h.db, { email: 'admin@demo.local', password: 'wrong', ip: '10.4.0.1', deviceCookie: device, ttlMinutes: 60, now: at(1 + i) }),
      ).toEqual({ ok: false, reason: 'invalid' });
    expect(
      await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.4.0.1', deviceCookie: device, ttlMinutes: 60, now: at(10) }),
    ).toMatchObject({ reason: 'throttled', retryAfter: 10 });
    // Other clients are not affected by the device's failures.
    expect((await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.4.0.1', ttlMinutes: 60, now: at(10) })).ok).toBe(true);
    await h.db.delete(t.authThrottle);
  });

  test('known and unknown e-mails get the same answers, waits included', async () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 7, 12, 0, s));
    const run = async (email: string, ip: string) => {
      const out = [];
      for (const s of [0, 1, 2, 3, 4, 5, 10, 19, 30, 49]) out.push(await signIn(h.db, { email, password: 'wrong', ip, ttlMinutes: 60, now: at(s) }));
      return out;
    };
    const known = await run('agent@demo.local', '10.5.0.1');
    const unknown = await run('nobody.here@demo.local', '10.5.0.2');
    expect(unknown).toEqual(known);
    expect(known.filter((r) => !r.ok && r.reason === 'throttled').length).toBeGreaterThan(0);
    await h.db.delete(t.authThrottle);
  });

  test('backs off per account: each wait doubles, and the count starts over after quiet minutes', async () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 5, 12, 0, s));
    const guess = (s: number, password = 'wrong') => signIn(h.db, { email: 'agent@demo.local', password, ip: `10.2.0.${s % 200}`, ttlMinutes: 60, now: at(s) });
    for (let i = 0; i < LIMITS.accountFree; i++) expect(await guess(i)).toEqual({ ok: false, reason: 'invalid' });
    // After the 5th attempt (second 4): wait 15 s.
    expect(await guess(10)).toMatchObject({ reason: 'throttled', retryAfter: 9 });
    expect(await guess(19)).toMatchObject({ reason: 'invalid' }); // 6th, allowed at 19 ≥ 4 + 15; now 30 s
    expect(await guess(48)).toMatchObject({ reason: 'throttled', retryAfter: 1 });
    expect(await guess(49)).toMatchObject({ reason: 'invalid' }); // 7th; now 60 s
    expect(await guess(100)).toMatchObject({ reason: 'throttled', retryAfter: 9 });
    const row = (await h.db.select().from(t.authThrottle).where(eq(t.authThrottle.key, 'account:agent@demo.local')))[0];
    expect(row.failures).toBe(7);
    // 15 quiet minutes after the wait ends (and after the window): a fresh count, and the right password works.
    expect(await guess(49 + 60 + 15 * 60 + 1, DEMO_PASSWORD)).toMatchObject({ ok: true });
    expect(await h.db.select().from(t.authThrottle).where(eq(t.authThrottle.key, 'account:agent@demo.local'))).toHaveLength(0);
  });

  test('caps untrusted failures per address, any e-mail, without locking trusted devices there', async () => {
    const now = new Date(Date.UTC(2026, 0, 6, 9, 0, 0));
    const owner = await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.8.8.8', ttlMinutes: 60, now });
    const device = owner.ok ? owner.deviceCookie : '';
    const n = LIMITS.addressFree + 20;
    const tries = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        signIn(h.db, { email: `${i % 2 ? 'nobody' : 'agent'}${i}@x.com`, password: 'x', ip: '10.9.9.9', ttlMinutes: 60, now }),
      ),
    );
    expect(tries.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(LIMITS.addressFree);
    expect(tries.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(n - LIMITS.addressFree);
    expect(await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.9.9.9', ttlMinutes: 60, now })).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
    expect(await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.9.9.9', deviceCookie: device, ttlMinutes: 60, now })).toMatchObject(
      { ok: true },
    );
    const later = new Date(now.getTime() + (LIMITS.windowMinutes * 60 + 1) * 1000);
    expect(await signIn(h.db, { email: 'nobody@x.com', password: 'x', ip: '10.9.9.9', ttlMinutes: 60, now: later })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('purgeIdleCounters', () => {
  test('deletes only the counters that would start over anyway', async () => {
    const now = new Date(Date.UTC(2026, 1, 1, 12, 0, 0));
    const ago = (min: number) => new Date(now.getTime() - min * 60_000);
    await h.db.insert(t.authThrottle).values([
      { key: 'account:idle@x.com', failures: 3, windowStartedAt: ago(60), blockedUntil: null },
      { key: 'account:waited@x.com', failures: 9, windowStartedAt: ago(120), blockedUntil: ago(20) },
      { key: 'account:recent@x.com', failures: 1, windowStartedAt: ago(5), blockedUntil: null },
      { key: 'account:blocked@x.com', failures: 9, windowStartedAt: ago(120), blockedUntil: ago(5) },
    ]);
    expect(await purgeIdleCounters(h.db, now)).toBeGreaterThanOrEqual(2);
    const keys = (await h.db.select().from(t.authThrottle)).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['account:recent@x.com', 'account:blocked@x.com']));
    expect(keys).not.toContain('account:idle@x.com');
    expect(keys).not.toContain('account:waited@x.com');
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
