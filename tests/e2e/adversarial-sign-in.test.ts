import { beforeAll, describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';

/**
 * The attacker's requests against sign-in throttling, all from the same address as the owner (as
 * behind a reverse proxy or NAT): guessing must not lock out the owner's browser, and the answers
 * must not tell which e-mails have accounts.
 */
const OWNER = { email: 'throttle.owner@ex.com', password: 'Owner-pass-2026' };
const KNOWN = 'throttle.known@ex.com';
const UNKNOWN = 'throttle.nobody@ex.com';

/** The value of a cookie named `name` among a response's Set-Cookie headers. */
const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`));

const attempt = (email: string, password: string, cookie?: string) =>
  call('/api/auth/login?lang=en', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }), cookie });

beforeAll(async () => {
  // Two accounts of our own, so that throttling them disturbs no other test.
  const admin = await signInCookie('admin@demo.local');
  const ids = (await (await call('/api/bulk/user-import/ids.csv?lang=en', { cookie: admin })).text()).split('\r\n');
  const service = ids.find((l) => l.startsWith('service,'))!.split(',')[1];
  const profile = ids.find((l) => l.startsWith('profile,') && l.includes(',User,'))!.split(',')[1];
  const csv = `nome,e-mail,telefone,senha,serviço,perfil\nDona Conta,${OWNER.email},11987654321,${OWNER.password},${service},${profile}\nOutra Conta,${KNOWN},11987654322,Known-pass-2026,${service},${profile}\n`;
  const res = await call('/api/bulk/user-import/confirm?lang=en', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv, cookie: admin });
  expect(res.status).toBe(202);
  const { requestId } = await res.json();
  let state = '';
  for (let i = 0; i < 60 && state !== 'done'; i++) {
    await new Promise((r) => setTimeout(r, 500));
    state = (await (await call(`/api/bulk/${requestId}`, { cookie: admin })).json()).state;
  }
  expect(state).toBe('done');
});

describe('sign-in guessing from the owner’s own address', () => {
  test('does not lock out the owner’s browser that signed in before; other clients share the lockout', async () => {
    const first = await attempt(OWNER.email, OWNER.password);
    expect(first.status).toBe(200);
    const device = cookieOf(first, 'omni_device');
    expect(device, 'a successful sign-in gives the browser a device cookie').toBeDefined();
    expect(first.headers.getSetCookie().find((c) => c.startsWith('omni_device='))).toMatch(/HttpOnly/i);
    // The attacker guesses from the same address, without a cookie and with a forged one.
    const statuses = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await attempt(OWNER.email, `guess-${i}`, i % 2 ? `omni_device=v1.1.${'a'.repeat(22)}.${'b'.repeat(43)}` : undefined)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // A client the account never saw waits, whoever it is…
    expect((await attempt(OWNER.email, OWNER.password)).status).toBe(429);
    // …but the owner's browser signs in.
    const owner = await attempt(OWNER.email, OWNER.password, device);
    expect(owner.status).toBe(200);
    expect(cookieOf(owner, 'omni_session')).toBeDefined();
  });

  test('answers a known and an unknown e-mail alike: statuses, messages and waits', async () => {
    const run = async (email: string) => {
      const out = [];
      for (let i = 0; i < 7; i++) {
        const res = await attempt(email, 'wrong-password');
        out.push({
          status: res.status,
          body: await res.text(),
          retryAfter: res.headers.has('retry-after') ? Number(res.headers.get('retry-after')) > 0 : null,
        });
      }
      return out;
    };
    const known = await run(KNOWN);
    const unknown = await run(UNKNOWN);
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(known[5].retryAfter).toBe(true);
  });
});
