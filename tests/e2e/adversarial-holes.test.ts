import { beforeAll, describe, expect, test } from 'vitest';
import { call, callAction, signInCookie } from './helpers/http';

/**
 * The attacker's requests against the holes found by probing the landed site: deeply nested JSON,
 * a heartbeat token for one of our own jobs, and responses without the security headers or with a
 * cacheable signed-in answer. Each was answered wrongly before its fix.
 */
const cookies: Record<'admin' | 'agent', string> = { admin: '', agent: '' };
beforeAll(async () => {
  cookies.admin = await signInCookie('admin@demo.local');
  cookies.agent = await signInCookie('agent@demo.local');
});

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('JSON nested thousands deep', () => {
  test.each([
    ['an anonymous Astro Action', '/_actions/users.setActive', undefined, 8_000],
    ['a signed-in Astro Action', '/_actions/users.setActive', 'agent', 8_000],
    // Sign-in bodies stop at 8 KB.
    ['anonymous sign-in', '/api/auth/login', undefined, 3_000],
    ['a check run', '/api/checks/license-count', 'admin', 8_000],
    ['a mailbox save', '/api/mailboxes', 'admin', 8_000],
  ] as const)('is a 400 with a localized message on %s, never a 500', async (_what, path, who, depth) => {
    for (const [body, lang] of [
      [nested(depth), 'en'],
      [nestedObject(Math.min(depth, 1_000)), 'pt-BR'],
      [`{"userId":1,"active":false,"x":${nested(40)}}`, 'en'],
    ] as const) {
      const res = await call(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body,
        cookie: who ? cookies[who] : undefined,
      });
      const text = await res.text();
      expect(res.status, `${path}: ${text.slice(0, 200)}`).toBe(400);
      expect(text).toMatch(lang === 'en' ? /nests too deeply/ : /níveis demais/);
    }
  });

  test('brackets inside strings do not count, and ordinary nesting still works', async () => {
    const res = await callAction(
      'users.setActive',
      { userId: 2_000_000_000, active: true, note: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' },
      cookies.admin,
    );
    expect(res.status).toBe(404);
  });
});

describe('a heartbeat token for one of our own jobs', () => {
  test('is refused: an admin cannot mark purge-expired-sessions on time from outside', async () => {
    const { tasks } = await (await call('/api/admin/scheduler/tasks', { cookie: cookies.admin })).json();
    const purge = tasks.find((t: { name: string }) => t.name === 'purge-expired-sessions');
    expect(purge.source).toBe('internal');
    const res = await call(`/api/scheduler/tasks/${purge.id}/token?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      cookie: cookies.admin,
    });
    const text = await res.text();
    expect(res.status, text).toBe(409);
    expect(text).toMatch(/runs inside the runbook/);
    expect(text).not.toMatch(/st\.\d+\./);
    const after = (await (await call('/api/admin/scheduler/tasks', { cookie: cookies.admin })).json()).tasks.find((t: { id: number }) => t.id === purge.id);
    expect(after.hasToken).toBe(false);
    const audit = await (await call('/api/admin/audit?action=scheduler.token.issue&limit=5', { cookie: cookies.admin })).json();
    expect(JSON.stringify(audit)).toMatch(/denied/);
  });
});

/** The href of the first `/_astro/*.js` or `.css` file a page links. */
async function astroAsset(): Promise<string> {
  const html = await (await call('/')).text();
  return /(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/.exec(html)![1];
}

describe('security headers on every response', () => {
  test.each([
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/favicon.svg',
    '/sitemap-index.xml',
    '/sitemap-0.xml',
    '/search/vocabulary.pt-br.json',
    'astro-asset',
  ])('%s carries them', async (path) => {
    const res = await call(path === 'astro-asset' ? await astroAsset() : path);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  test.each([
    ['a signed-in page', '/admin/scheduler/', 'admin'],
    ['a signed-in English page', '/en/health/', 'admin'],
    ['a signed-in JSON answer', '/api/me', 'agent'],
    ['a JSON refusal', '/api/me', undefined],
    ['a JSON answer with data', '/api/admin/scheduler/tasks', 'admin'],
    ['a server island of a signed-in user', 'island', 'admin'],
  ] as const)('%s is never stored by a cache', async (_what, path, who) => {
    let target: string = path;
    if (path === 'island') target = /fetch\("(\/_server-islands\/HeaderAccount\?[^"]+)"/.exec(await (await call('/')).text())![1];
    const res = await call(target, { cookie: who ? cookies[who] : undefined });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
