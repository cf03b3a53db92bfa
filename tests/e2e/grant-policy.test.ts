import { beforeAll, describe, expect, inject, test } from 'vitest';
import { call, callAction, signInCookie } from './helpers/http';

const cookies = { supervisor: '', admin: '' };
let adminProfile = 0;
let supervisorService = 0;
/** The second administrator the admin imports into the supervisor's service (set by the test that makes it). */
let secondId = 0;

const ids = async (cookie: string) => (await (await call('/api/bulk/user-import/ids.csv?lang=en', { cookie })).text()).split('\r\n');
const csv = (text: string) => ({ method: 'POST', headers: { 'content-type': 'text/csv' }, body: text });
const signInStatus = async (email: string, password: string) =>
  (
    await fetch(`${inject('baseURL')}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
  ).status;

beforeAll(async () => {
  cookies.supervisor = await signInCookie('supervisor@demo.local');
  cookies.admin = await signInCookie('admin@demo.local');
  adminProfile = Number((await ids(cookies.admin)).find((l) => l.startsWith('profile,') && l.includes(',Administrator,'))!.split(',')[1]);
  supervisorService = Number((await ids(cookies.supervisor)).find((l) => l.startsWith('service,'))!.split(',')[1]);
});

describe('a supervisor gives only what it holds', () => {
  test('the ids export does not offer the Administrator profile to a supervisor', async () => {
    const lines = await ids(cookies.supervisor);
    expect(lines.some((l) => l.includes('Administrator'))).toBe(false);
    expect(lines.some((l) => l.startsWith('profile,') && l.includes(',Supervisor,'))).toBe(true);
  });

  test('an import that makes an Administrator is refused with the row problem, and nothing is created', async () => {
    const body = `nome,e-mail,telefone,senha,serviço,perfil\nEvil,evil.admin@ex.com,11987654321,Evil-pass-2026,${supervisorService},${adminProfile}\n`;
    const res = await call('/api/bulk/user-import/confirm?lang=en', { ...csv(body), cookie: cookies.supervisor });
    expect(res.status).toBe(422);
    const json = await res.json();
    expect(json.preview.problems[0]).toMatchObject({ line: 2, column: 'perfil' });
    expect(json.preview.problems[0].message).toMatch(/carries permissions you do not hold/);
    expect(await signInStatus('evil.admin@ex.com', 'Evil-pass-2026')).toBe(401);
  });

  test('a supervisor cannot deactivate an administrator who belongs to its own service', async () => {
    // The admin puts a second administrator into the supervisor's service.
    const body = `nome,e-mail,telefone,senha,serviço,perfil\nSegunda Admin,second.admin@ex.com,11987654321,Second-pass-2026,${supervisorService},${adminProfile}\n`;
    const res = await call('/api/bulk/user-import/confirm?lang=en', { ...csv(body), cookie: cookies.admin });
    expect(res.status).toBe(202);
    const { requestId } = await res.json();
    let state = '';
    for (let i = 0; i < 60 && state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      state = (await (await call(`/api/bulk/${requestId}`, { cookie: cookies.admin })).json()).state;
    }
    expect(state).toBe('done');
    expect(await signInStatus('second.admin@ex.com', 'Second-pass-2026')).toBe(200);
    const after = await (await call('/api/audit?limit=50', { cookie: cookies.admin })).json();
    secondId = after.records.find((r: { actorEmail: string; action: string }) => r.actorEmail === 'second.admin@ex.com' && r.action === 'auth.login').actorId;
    const refused = await callAction('users.setActive', { userId: secondId, active: false }, cookies.supervisor);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/permissions you do not|permissões que você não tem/);
    expect(await signInStatus('second.admin@ex.com', 'Second-pass-2026')).toBe(200);
    // The admin may.
    expect((await callAction('users.setActive', { userId: secondId, active: false }, cookies.admin)).status).toBe(200);
    expect(await signInStatus('second.admin@ex.com', 'Second-pass-2026')).toBe(401);
  });
});

describe('deactivation ends the sessions', () => {
  const me = async (cookie: string) => (await call('/api/me', { cookie })).status;
  const setActive = async (active: boolean) => expect((await callAction('users.setActive', { userId: secondId, active }, cookies.admin)).status).toBe(200);

  test("a deactivated user's cookie is refused, and stays refused after reactivation", async () => {
    expect(secondId).toBeGreaterThan(0);
    await setActive(true);
    const cookie = await signInCookie('second.admin@ex.com', 'Second-pass-2026');
    expect(await me(cookie)).toBe(200);
    await setActive(false);
    expect(await me(cookie)).toBe(401);
    await setActive(true);
    // The same cookie does not come back to life: the deactivation ended the session.
    expect(await me(cookie)).toBe(401);
    expect((await callAction('users.setActive', { userId: secondId, active: false }, cookie)).status).toBe(401);
    // Signing in again works, with a new session.
    const fresh = await signInCookie('second.admin@ex.com', 'Second-pass-2026');
    expect(fresh).not.toBe(cookie);
    expect(await me(fresh)).toBe(200);
    // Leave the user as the test above did: inactive.
    await setActive(false);
    expect(await me(fresh)).toBe(401);
  });
});
