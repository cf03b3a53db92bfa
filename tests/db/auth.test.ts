import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '../../src/db/schema';
import { seedDemo, DEMO_PASSWORD } from '../../src/db/seed/demo';
import { createSession, effectivePermissions, purgeExpiredSessions, readSession } from '../../src/auth/session';
import { loadScope } from '../../src/auth/scope';
import { signIn } from '../../src/auth/sign-in';
import { LIMITS } from '../../src/auth/throttle';
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

  test('300 parallel guesses on one account from one address check at most 5 passwords', async () => {
    const guesses = Array.from({ length: 300 }, (_, i) => signIn(h.db, { email: 'supervisor@demo.local', password: `wrong-${i}`, ip: '10.1.0.1', ttlMinutes: 60 }));
    const results = await Promise.all(guesses);
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(LIMITS.pairFree);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(300 - LIMITS.pairFree);
    const audits = await h.db.select().from(t.auditRecords).where(eq(t.auditRecords.actorEmail, 'supervisor@demo.local'));
    expect(audits.filter((a) => a.outcome === 'failed')).toHaveLength(LIMITS.pairFree);
    expect(audits.filter((a) => a.outcome === 'throttled')).toHaveLength(300 - LIMITS.pairFree);
    expect(JSON.stringify(audits)).not.toContain(DEMO_PASSWORD);
  });

  test('the owner still signs in from another address while a guesser is throttled, and the right password waits where it is throttled', async () => {
    const throttledThere = await signIn(h.db, { email: 'supervisor@demo.local', password: DEMO_PASSWORD, ip: '10.1.0.1', ttlMinutes: 60 });
    expect(throttledThere).toMatchObject({ ok: false, reason: 'throttled' });
    expect((throttledThere as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    const owner = await signIn(h.db, { email: 'supervisor@demo.local', password: DEMO_PASSWORD, ip: '10.1.0.2', ttlMinutes: 60 });
    expect(owner.ok).toBe(true);
    // A successful sign-in clears only its own pair.
    const rows = await h.db.select().from(t.authThrottle);
    expect(rows.map((r) => r.key)).toContain('pair:10.1.0.1 supervisor@demo.local');
    expect(rows.map((r) => r.key)).not.toContain('pair:10.1.0.2 supervisor@demo.local');
  });

  test('backs off per account+address: each wait doubles, and the count starts over after quiet minutes', async () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 5, 12, 0, s));
    const guess = (s: number, password = 'wrong') => signIn(h.db, { email: 'agent@demo.local', password, ip: '10.2.0.1', ttlMinutes: 60, now: at(s) });
    for (let i = 0; i < LIMITS.pairFree; i++) expect(await guess(i)).toEqual({ ok: false, reason: 'invalid' });
    // After the 5th attempt (second 4): wait 15 s.
    expect(await guess(10)).toMatchObject({ reason: 'throttled', retryAfter: 9 });
    expect(await guess(19)).toMatchObject({ reason: 'invalid' }); // 6th, allowed at 19 ≥ 4 + 15; now 30 s
    expect(await guess(48)).toMatchObject({ reason: 'throttled', retryAfter: 1 });
    expect(await guess(49)).toMatchObject({ reason: 'invalid' }); // 7th; now 60 s
    expect(await guess(100)).toMatchObject({ reason: 'throttled', retryAfter: 9 });
    const row = (await h.db.select().from(t.authThrottle).where(eq(t.authThrottle.key, 'pair:10.2.0.1 agent@demo.local')))[0];
    expect(row.failures).toBe(7);
    // 15 quiet minutes after the wait ends (and after the window): a fresh count, and the right password works.
    expect(await guess(49 + 60 + 15 * 60 + 1, DEMO_PASSWORD)).toMatchObject({ ok: true });
    expect(await h.db.select().from(t.authThrottle).where(eq(t.authThrottle.key, 'pair:10.2.0.1 agent@demo.local'))).toHaveLength(0);
  });

  test('caps attempts on unknown e-mails per address, without locking known accounts there', async () => {
    const now = new Date(Date.UTC(2026, 0, 6, 9, 0, 0));
    const tries = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(h.db, { email: `nobody${i}@x.com`, password: 'x', ip: '10.9.9.9', ttlMinutes: 60, now })));
    expect(tries.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(LIMITS.unknownPerAddress);
    expect(tries.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(40 - LIMITS.unknownPerAddress);
    expect(await signIn(h.db, { email: 'admin@demo.local', password: DEMO_PASSWORD, ip: '10.9.9.9', ttlMinutes: 60, now })).toMatchObject({ ok: true });
    const later = new Date(now.getTime() + (LIMITS.windowMinutes * 60 + 1) * 1000);
    expect(await signIn(h.db, { email: 'nobody@x.com', password: 'x', ip: '10.9.9.9', ttlMinutes: 60, now: later })).toEqual({ ok: false, reason: 'invalid' });
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
