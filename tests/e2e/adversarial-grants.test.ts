import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { serviceManagers, services, userServiceLinks, users, profiles } from '@/db/schema';
import { DEMO_PASSWORD, seedDemo } from '@/db/seed/demo';
import { hashPassword } from '@/auth/password';
import { freePort } from '../helpers/free-port';

/**
 * The attacker's requests against the grant policy: the demo supervisor tries to deactivate and to
 * migrate a fellow supervisor who also manages a service it does not, and to deactivate itself.
 * Service managers are not assigned over HTTP, so this file prepares its own embedded database (the
 * demo plus that fellow) and starts its own built server on it.
 */
const FELLOW = 'fellow.supervisor@demo.local';
let child: ChildProcess | undefined;
let base = '';
let dataDir = '';
const ids = { fellow: 0, supervisor: 0, shared: 0, other: 0 };

async function signIn(email: string): Promise<{ status: number; cookie: string }> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return { status: res.status, cookie: (res.headers.getSetCookie().find((c) => c.startsWith('omni_session=')) ?? '').split(';')[0] };
}
const post = (path: string, body: unknown, cookie: string) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, cookie, 'accept-language': 'en' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'omni-grants-'));
  const h = await openDatabase({ dataDir, migrationsDir: 'src/db/migrations' });
  await seedDemo(h.db, { users: 10, attendances: 0 });
  ids.supervisor = (await h.db.select().from(users).where(eq(users.email, 'supervisor@demo.local')))[0].id;
  const managed = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, ids.supervisor))).map((m) => m.serviceId);
  ids.shared = managed[0];
  ids.other = managed[1];
  const unmanaged = (await h.db.select().from(services)).find((s) => !managed.includes(s.id))!.id;
  const [profile] = await h.db.select().from(profiles).where(eq(profiles.name, 'Supervisor'));
  const [fellow] = await h.db
    .insert(users)
    .values({ name: 'Colega Supervisora', email: FELLOW, phone: '11987654321', passwordHash: await hashPassword(DEMO_PASSWORD), profileId: profile.id })
    .returning();
  ids.fellow = fellow.id;
  await h.db.insert(userServiceLinks).values({ userId: fellow.id, serviceId: ids.shared });
  await h.db.insert(serviceManagers).values([
    { userId: fellow.id, serviceId: ids.shared },
    { userId: fellow.id, serviceId: unmanaged },
  ]);
  await h.close();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  let log = '';
  // On the embedded database prepared above, whatever TEST_DATABASE_URL says.
  const { DATABASE_URL: _unused, ...env } = process.env;
  child = spawn(process.execPath, ['dist/server/entry.mjs'], {
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${log}`);
    if (
      await fetch(`${base}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not start: ${log}`);
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The audit records of an action, newest first, as the admin reads them. */
async function audited(action: string): Promise<{ outcome: string; target: string | null; details: unknown }[]> {
  const admin = (await signIn('admin@demo.local')).cookie;
  const res = await fetch(`${base}/api/audit?limit=200`, { headers: { cookie: admin } });
  return (await res.json()).records.filter((r: { action: string }) => r.action === action);
}

describe('a supervisor against a fellow supervisor of other services', () => {
  test('cannot deactivate it: 403 with the reason, audited as denied, the fellow still signs in', async () => {
    const { cookie } = await signIn('supervisor@demo.local');
    const res = await post('/_actions/users.setActive', { userId: ids.fellow, active: false }, cookie);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/manages services you do not manage/);
    expect((await audited('users.set-active')).find((r) => r.target === `user:${ids.fellow}`)).toMatchObject({
      outcome: 'denied',
      details: { refusal: 'manages-more' },
    });
    expect((await signIn(FELLOW)).status).toBe(200);
  });

  test('cannot migrate it: 422 with the reason per user, audited as denied, nothing queued', async () => {
    const { cookie } = await signIn('supervisor@demo.local');
    const res = await post(
      '/api/bulk/user-migration/confirm?lang=en',
      { originServiceId: ids.shared, destinationServiceId: ids.other, mode: 'permanent', userIds: [ids.fellow] },
      cookie,
    );
    const text = await res.text();
    expect(res.status, text).toBe(422);
    expect(JSON.parse(text).problems[0].problem).toMatch(/manages services you do not manage/);
    expect((await audited('bulk.user-migration.confirm')).find((r) => r.outcome === 'denied')).toMatchObject({
      details: { refused: [{ userId: ids.fellow, refusal: 'manages-more' }] },
    });
  });
});

describe('anyone against itself', () => {
  test('cannot deactivate its own account: 403 with the reason, audited as denied, still signed in', async () => {
    const { cookie } = await signIn('supervisor@demo.local');
    const res = await post('/_actions/users.setActive', { userId: ids.supervisor, active: false }, cookie);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/cannot deactivate your own account/);
    expect((await audited('users.set-active')).find((r) => r.target === `user:${ids.supervisor}`)).toMatchObject({
      outcome: 'denied',
      details: { refusal: 'self' },
    });
    expect((await fetch(`${base}/api/me`, { headers: { cookie } })).status).toBe(200);
    expect((await signIn('supervisor@demo.local')).status).toBe(200);
  });
});
