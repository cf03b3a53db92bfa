import { request } from 'node:http';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { expectSafe, roleCookies, send } from './helpers/adversary';
import { MANAGED, type Role } from './helpers/route-catalog';
import { messages } from '@/i18n/messages';

/**
 * Issue 11, holes 7 and 8, and what surrounds them: bodies are read with a limit before anything
 * parses them (a declared size past it is refused before the body is even sent), malformed input
 * is a 400 and never a 500 (nor a 200 that resets), an Action's broken JSON is a 400, and the
 * server keeps answering while hostile requests arrive in parallel.
 */
let cookies: Record<Role, string>;
let taskToken = '';
beforeAll(async () => {
  cookies = await roleCookies();
  const issued = await send({ method: 'POST', path: '/api/scheduler/tasks/1/token', contentType: 'application/json', cookie: cookies.admin });
  expect(issued.status).toBe(200);
  taskToken = String(issued.json!.token);
});

const TWO_MB = 2 * 1024 * 1024;

interface Early {
  status: number;
  body: string;
}

/**
 * POSTs declaring `declared` bytes but sends only the first KB, and resolves with the answer the
 * server gives before the rest arrives (it rejects if the server waits for the whole body).
 */
function postDeclaring(path: string, declared: number, headers: Record<string, string>): Promise<Early> {
  const url = new URL(path, inject('baseURL'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (req.destroy(), reject(new Error(`${path}: no answer while the body was still missing`))), 15_000);
    const req = request(url, { method: 'POST', headers: { origin: url.origin, ...headers, 'content-length': String(declared) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', () => undefined); // the server may close the connection once it has answered
    req.write(Buffer.alloc(1024, 'a'));
  });
}

/**
 * POSTs up to `total` bytes in 64 KB chunks without declaring a length, stopping as soon as the
 * server answers; resolves with the answer and how much was sent by then.
 */
function postChunked(path: string, total: number, headers: Record<string, string>): Promise<Early & { sent: number }> {
  const url = new URL(path, inject('baseURL'));
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const timer = setTimeout(() => (req.destroy(), reject(new Error(`${path}: no answer`))), 15_000);
    const req = request(url, { method: 'POST', headers: { origin: url.origin, ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sent });
      });
    });
    req.on('error', () => undefined); // the server closes the connection once it has answered
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
    };
    pump();
  });
}

/** A JSON document of about `bytes` bytes. */
const bigJson = (bytes: number) => JSON.stringify({ email: 'a@b.c', password: 'x', filler: 'a'.repeat(bytes) });

describe('hole 7: bodies are bounded before they are read', () => {
  test.each([
    ['sign-in, signed out', '/api/auth/login', 'anonymous', {}],
    ['a check', '/api/checks/license-count', 'admin', {}],
    ['the heartbeat, with its token', '/api/scheduler/heartbeat', 'anonymous', { token: true }],
    ['a bulk preview', '/api/bulk/attendance-transfer/preview', 'supervisor', {}],
    ['a bulk confirm', '/api/bulk/queue-closure/confirm', 'supervisor', {}],
    ['the migration', '/api/bulk/user-migration/preview', 'supervisor', {}],
    ['the mailboxes', '/api/mailboxes', 'admin', {}],
  ] as const)('%s: a declared 2 MB JSON body gets 413 before it is sent', async (_name, path, role, opts) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
    if (cookies[role]) headers.cookie = cookies[role];
    if ('token' in opts) headers.authorization = `Bearer ${taskToken}`;
    const early = await postDeclaring(path, TWO_MB, headers);
    expect(early.status).toBe(413);
    expect(JSON.parse(early.body).error).toBe(messages.tooLarge.en);
  });

  test('a 64 MB body sent without a declared length (chunked) gets 413 long before it is all sent', async () => {
    const early = await postChunked('/api/auth/login', 32 * TWO_MB, { 'content-type': 'application/json' });
    expect(early.status).toBe(413);
    expect(JSON.parse(early.body).error).toBe(messages.tooLarge['pt-BR']);
    expect(early.sent).toBeLessThan(32 * TWO_MB);
  });

  test('the heartbeat refuses a caller without its token before reading anything', async () => {
    const early = await postDeclaring('/api/scheduler/heartbeat', 450 * 1024 * 1024, { 'content-type': 'application/json' });
    expect(early.status).toBe(401);
  });

  test('a heartbeat within the limit still works', async () => {
    const ok = await send({
      method: 'POST',
      path: '/api/scheduler/heartbeat',
      body: '{"ok":true}',
      contentType: 'application/json',
      headers: { authorization: `Bearer ${taskToken}` },
    });
    expect(ok.status).toBe(200);
    const long = await send({
      method: 'POST',
      path: '/api/scheduler/heartbeat?lang=en',
      body: JSON.stringify({ ok: false, error: 'a'.repeat(2001) }),
      contentType: 'application/json',
      headers: { authorization: `Bearer ${taskToken}` },
    });
    expect(long.status).toBe(400);
    expect(Object.keys(long.json!.fields!)).toEqual(['error']);
    const over = await send({
      method: 'POST',
      path: '/api/scheduler/heartbeat',
      body: bigJson(9_000),
      contentType: 'application/json',
      headers: { authorization: `Bearer ${taskToken}` },
    });
    expect(over.status).toBe(413);
  });

  test('the user import keeps its 20 MB: a larger declared upload gets 413 with the import’s message, unread', async () => {
    const early = await postDeclaring('/api/bulk/user-import/preview?lang=en', 20 * 1024 * 1024 + 1, {
      'content-type': 'text/csv',
      cookie: cookies.supervisor,
    });
    expect(early.status).toBe(413);
    expect(JSON.parse(early.body).error).toMatch(/larger than 20 MB/);
  });
});

describe('hole 8: malformed input answers 400, never 500', () => {
  test.each([
    ['NUL in a string', 'GET', `/api/bulk/user-migration/users?serviceId=${MANAGED}&q=a%00b`, undefined],
    ['an id above 2^31−1', 'GET', '/api/bulk/queue-closure/count?serviceId=2147483648', undefined],
    ['an id above 2^31−1 in JSON', 'POST', '/api/bulk/queue-closure/confirm', '{"serviceId":2147483648}'],
    ['limit=1.5', 'GET', '/api/bulk/queue-closure/requests?limit=1.5', undefined],
    ['report dates out of range', 'GET', '/api/reports/interaction-history?from=275760-09-13', undefined],
    ['a malformed report cursor', 'GET', '/api/reports/interaction-history?cursor=9999-99-99T99:99:99Z_1', undefined],
  ] as const)('%s', async (what, method, path, body) => {
    const a = await send({
      method,
      path,
      body,
      contentType: body ? 'application/json' : undefined,
      cookie: cookies.supervisor,
      headers: { 'accept-language': 'en' },
    });
    expectSafe(a, what);
    expect(a.status).toBe(400);
    expect(a.json?.error).toBe(messages.badRequest.en);
  });

  test('the CSV export checks its query before it starts: 400 as JSON, not a 200 that resets', async () => {
    for (const query of [
      'cursor=9999-99-99T00:00:00Z_1',
      'cursor=2026-01-01T00:00:00Z_99999999999999999999',
      'from=99999-01-01',
      'to=1800-01-01',
      'limit=1.5',
    ]) {
      const res = await fetch(new URL(`/api/reports/interaction-history.csv?${query}`, inject('baseURL')), { headers: { cookie: cookies.supervisor } });
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type'), query).toMatch(/json/);
      expect((await res.json()).fields, query).toBeTruthy();
    }
    const ok = await fetch(new URL('/api/reports/interaction-history.csv?from=2026-01-01', inject('baseURL')), { headers: { cookie: cookies.supervisor } });
    expect(ok.status).toBe(200);
    expect([...new Uint8Array(await ok.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('Astro Actions: a broken body is a 400', () => {
  const action = (body: string, cookie = cookies.supervisor, lang = 'en') =>
    send({ method: 'POST', path: '/_actions/users.setActive', body, contentType: 'application/json', cookie, headers: { 'accept-language': lang } });

  test('invalid JSON, signed in or not, in the caller’s language', async () => {
    for (const cookie of [cookies.supervisor, '']) {
      const en = await action('{"userId":', cookie);
      expect(en.status).toBe(400);
      expect(en.json).toMatchObject({ code: 'BAD_REQUEST', message: messages.invalidJson.en });
      const pt = await action('{"userId":', cookie, 'pt-BR');
      expect(pt.json?.message).toBe(messages.invalidJson['pt-BR']);
    }
  });

  test('NUL, an id out of range, and an oversized body', async () => {
    expect((await action('{"userId":1,"active":true,"x":"\\u0000"}')).status).toBe(400);
    const huge = await action('{"userId":2147483648,"active":true}');
    expect(huge.status).toBe(400);
    expectSafe(huge, 'setActive with 2^31');
    const early = await postDeclaring('/_actions/users.setActive', TWO_MB, { 'content-type': 'application/json', cookie: cookies.supervisor });
    expect(early.status).toBe(413);
  });
});

describe('parallel hostile requests', () => {
  test('forty at once all get their 4xx, and the server keeps answering', async () => {
    const hostile = Array.from({ length: 40 }, (_, i) => {
      switch (i % 5) {
        case 0:
          return postDeclaring('/api/auth/login', TWO_MB, { 'content-type': 'application/json' }).then((e) => ({
            status: e.status,
            text: e.body,
            json: JSON.parse(e.body),
          }));
        case 1:
          return send({ method: 'GET', path: `/api/reports/interaction-history.csv?cursor=${i}_x`, cookie: cookies.admin });
        case 2:
          return send({
            method: 'POST',
            path: '/api/bulk/attendance-transfer/preview',
            body: '{"filter":',
            contentType: 'application/json',
            cookie: cookies.supervisor,
          });
        case 3:
          return send({ method: 'GET', path: `/api/pickers/user?q=${'%00'.repeat(i)}`, cookie: cookies.supervisor });
        default:
          return send({ method: 'POST', path: '/_actions/users.setActive', body: '{', contentType: 'application/json', cookie: cookies.supervisor });
      }
    });
    const answers = await Promise.all(hostile);
    answers.forEach((a, i) => expectSafe(a, `request ${i}`));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([400, 413]));
    expect((await send({ method: 'GET', path: '/api/me', cookie: cookies.agent })).status).toBe(200);
    expect((await send({ method: 'GET', path: '/api/ready' })).status).toBe(200);
  });

  test('huge query strings: a bounded field gets 400, an oversized URL never a 5xx', async () => {
    const bounded = await send({ method: 'GET', path: `/api/pickers/user?q=${'a'.repeat(12_000)}`, cookie: cookies.supervisor });
    expect(bounded.status).toBe(400);
    const oversized = await send({ method: 'GET', path: `/api/pickers/user?q=${'a'.repeat(200_000)}`, cookie: cookies.supervisor });
    expectSafe(oversized, 'a 200 KB URL');
    expect(oversized.status).toBeGreaterThanOrEqual(400);
  });
});
