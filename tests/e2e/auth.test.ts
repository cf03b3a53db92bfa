import { beforeAll, describe, expect, inject, test } from 'vitest';
import { call, callAction, signInCookie } from './helpers/http';
import { shot, useBrowser } from './helpers/browser';

/** Real HTTP requests against the built server (`node dist/server/entry.mjs`). */
const cookies: Record<'agent' | 'supervisor' | 'admin', string> = { agent: '', supervisor: '', admin: '' };
let agentId = 0;

beforeAll(async () => {
  for (const role of ['agent', 'supervisor', 'admin'] as const) cookies[role] = await signInCookie(`${role}@demo.local`);
  const me = await (await call('/api/me', { cookie: cookies.agent })).json();
  expect(me.email).toBe('agent@demo.local');
  const audit = await (await call('/api/audit?limit=200', { cookie: cookies.admin })).json();
  agentId = audit.records.find((r: { actorEmail: string; actorId: number }) => r.actorEmail === 'agent@demo.local').actorId;
});

describe('POST /api/auth/login', () => {
  test('sets an HttpOnly SameSite session cookie and answers 401 with one generic message', async () => {
    const ok = await call('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@demo.local', password: 'Omni-demo-2026' }),
    });
    const setCookie = ok.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/omni_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const wrongPw = await call('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@demo.local', password: 'nope' }),
    });
    const unknown = await call('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ email: 'ghost@demo.local', password: 'nope' }),
    });
    expect(wrongPw.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrongPw.json()).error).toBe('E-mail ou senha incorretos.');
    expect((await unknown.json()).error).toBe('Wrong e-mail or password.');
  });

  test('answers 429 after five failures on one account from one address, while the owner still signs in from elsewhere', async () => {
    // A demo account nobody else signs in with (generated users cannot sign in: their hash is locked).
    const admin = await signInCookie('admin@demo.local');
    const { options } = await (await call('/api/pickers/user?q=.1%40demo.local&limit=5', { cookie: admin })).json();
    const email = /<(.+)>/.exec(options[0].label)![1];
    const attempt = (password: string) =>
      call('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong')).status).toBe(401);
    const res = await attempt('wrong');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('sends the browser only to a path on this site after sign-in', async () => {
    const form = (next: string) =>
      call('/api/auth/login', {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inject('baseURL') },
        body: new URLSearchParams({ email: 'agent@demo.local', password: 'Omni-demo-2026', next }).toString(),
      });
    for (const evil of ['/\\evil.example', '//evil.example', '/%5Cevil.example', 'https://evil.example/', '/\t/evil.example']) {
      const res = await form(evil);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/');
    }
    expect((await form('/health/?x=1')).headers.get('location')).toBe('/health/?x=1');
    // The sign-in page does not carry an off-site `next` into its form either.
    const page = await (await call('/login/?next=/%5Cevil.example')).text();
    expect(page).not.toContain('evil.example');
  });

  test('refuses a cross-origin form post', async () => {
    const res = await call('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'email=agent%40demo.local&password=Omni-demo-2026',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('GET /api/me', () => {
  test('answers 401 when signed out and the profile and permissions when signed in', async () => {
    expect((await call('/api/me')).status).toBe(401);
    const me = await (await call('/api/me', { cookie: cookies.supervisor })).json();
    expect(me).toMatchObject({ email: 'supervisor@demo.local', profile: 'Supervisor' });
    expect(me.permissions).toContain('manage:users');
  });

  test('answers 401 after sign-out with the same cookie', async () => {
    const cookie = await signInCookie('agent@demo.local');
    expect((await call('/api/me', { cookie })).status).toBe(200);
    expect((await call('/api/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, cookie })).status).toBe(200);
    expect((await call('/api/me', { cookie })).status).toBe(401);
  });
});

describe('guarded endpoint GET /api/audit (admin:audit)', () => {
  test.each([
    ['anonymous', undefined, 401],
    ['agent', 'agent', 403],
    ['supervisor', 'supervisor', 403],
    ['admin', 'admin', 200],
  ] as const)('answers %s with %s', async (_who, role, status) => {
    const res = await call('/api/audit', { cookie: role ? cookies[role] : undefined });
    expect(res.status).toBe(status);
  });

  test('never returns a password in the audit records', async () => {
    const text = await (await call('/api/audit?limit=200', { cookie: cookies.admin })).text();
    expect(text).toContain('auth.login');
    expect(text).not.toContain('Omni-demo-2026');
  });
});

describe('guarded action users.setActive (manage:users)', () => {
  test.each([
    ['anonymous', undefined, 401],
    ['agent', 'agent', 403],
    ['supervisor', 'supervisor', 200],
    ['admin', 'admin', 200],
  ] as const)('answers %s with %s', async (_who, role, status) => {
    const res = await callAction('users.setActive', { userId: agentId, active: true }, role ? cookies[role] : undefined);
    expect(res.status).toBe(status);
  });

  test('answers a supervisor 403 for a user outside the services they manage', async () => {
    const audit = await (await call('/api/audit?limit=200', { cookie: cookies.admin })).json();
    const adminId = audit.records.find((r: { actorEmail: string }) => r.actorEmail === 'admin@demo.local').actorId;
    const res = await callAction('users.setActive', { userId: adminId, active: true }, cookies.supervisor);
    expect(res.status).toBe(403);
  });

  test('answers 400 for bad input and changes nothing', async () => {
    const res = await callAction('users.setActive', { userId: 'x', active: 'maybe' }, cookies.admin);
    expect(res.status).toBe(400);
  });
});

describe('sign-in page', () => {
  const b = useBrowser();
  test.each([
    ['/login/', 'Entrar', 'Sair', 'pt-BR'],
    ['/en/login/', 'Sign in', 'Sign out', 'en'],
  ])('%s signs in and the header badge shows who is signed in', async (path, submit, signOut, lang) => {
    const page = await b.newPage();
    await page.goto(path);
    await page.fill('input[name=email]', 'supervisor@demo.local');
    await page.fill('input[name=password]', 'wrong-password');
    await page.click(`form button:has-text("${submit}")`);
    await page.waitForSelector('.omni-login-error');
    await page.fill('input[name=email]', 'supervisor@demo.local');
    await page.fill('input[name=password]', 'Omni-demo-2026');
    await page.click(`form button:has-text("${submit}")`);
    await page.waitForURL((u) => u.pathname === (lang === 'en' ? '/en/' : '/'));
    const badge = page.locator('.omni-badge-user').first();
    await badge.getByText('Supervisor Demo').waitFor();
    expect(await badge.getByRole('button', { name: signOut }).count()).toBe(1);
    await shot(page, `signed-in-${lang}`);
    await page.close();
  });
});
