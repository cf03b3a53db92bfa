import { beforeAll, describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';

const unknown = '00000000-0000-4000-8000-000000000000';
let agent = '';

beforeAll(async () => {
  agent = await signInCookie('agent@demo.local');
});

describe('/api/bulk/<id> endpoints', () => {
  test('answer 401 to anonymous callers on every route', async () => {
    for (const path of ['', '/events', '/failures.csv']) expect((await call(`/api/bulk/${unknown}${path}`)).status).toBe(401);
    const cancel = await call(`/api/bulk/${unknown}/cancel`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(cancel.status).toBe(401);
  });

  test('answer 400 to a malformed id and 404 to an unknown one, in the caller’s language', async () => {
    expect((await call('/api/bulk/not-a-uuid', { cookie: agent })).status).toBe(400);
    const res = await call(`/api/bulk/${unknown}/failures.csv?lang=en`, { cookie: agent });
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe('Record not found.');
  });
});
