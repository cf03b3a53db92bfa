import { beforeAll, describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';

/** A fresh demo database numbers its services in seed order: 1 Atendimento Geral (not managed by the supervisor), 2 Suporte Técnico. */
const OUTSIDE = 1;
const MANAGED = 2;
const cookies = { agent: '', supervisor: '' };
beforeAll(async () => {
  cookies.agent = await signInCookie('agent@demo.local');
  cookies.supervisor = await signInCookie('supervisor@demo.local');
});

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const routes: [string, string, RequestInit | undefined][] = [
  ['transfer list', `/api/bulk/attendance-transfer/attendances?serviceId=${MANAGED}`, undefined],
  ['transfer agents', `/api/bulk/attendance-transfer/agents?serviceId=${MANAGED}`, undefined],
  ['transfer preview', '/api/bulk/attendance-transfer/preview', json({ filter: { serviceId: MANAGED }, selection: { ids: [1] }, targetAgentId: 1 })],
  ['transfer confirm', '/api/bulk/attendance-transfer/confirm', json({ serviceId: MANAGED, targetAgentId: 1, items: [{ attendanceId: 1, fromAgentId: 1 }] })],
  ['closure count', `/api/bulk/queue-closure/count?serviceId=${MANAGED}`, undefined],
  ['closure confirm', '/api/bulk/queue-closure/confirm', json({ serviceId: MANAGED, tabulate: true })],
  ['closure requests', '/api/bulk/queue-closure/requests', undefined],
  ['history report', '/api/reports/interaction-history', undefined],
  ['history CSV', '/api/reports/interaction-history.csv', undefined],
];

describe('attendance transfer, queue closure and history endpoints', () => {
  test.each(routes)('%s answers 401 signed out and 403 to an agent', async (_name, path, init) => {
    expect((await call(path, init)).status).toBe(401);
    const res = await call(`${path}${path.includes('?') ? '&' : '?'}lang=en`, { ...init, cookie: cookies.agent });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/not allowed/);
  });

  test('a supervisor gets 403 for a service they do not manage, and nothing is queued', async () => {
    const before = await (await call('/api/bulk/queue-closure/requests', { cookie: cookies.supervisor })).json();
    for (const [path, init] of [
      [`/api/bulk/attendance-transfer/attendances?serviceId=${OUTSIDE}`, undefined],
      [`/api/bulk/queue-closure/count?serviceId=${OUTSIDE}`, undefined],
      ['/api/bulk/queue-closure/confirm', json({ serviceId: OUTSIDE, tabulate: true })],
      ['/api/bulk/attendance-transfer/preview', json({ filter: { serviceId: OUTSIDE }, selection: { ids: [1] }, targetAgentId: 1 })],
    ] as const) {
      const res = await call(path, { ...init, cookie: cookies.supervisor, headers: { ...(init?.headers ?? {}), 'accept-language': 'pt-BR' } });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toBe('Escolha um serviço que você gerencia.');
    }
    const after = await (await call('/api/bulk/queue-closure/requests', { cookie: cookies.supervisor })).json();
    expect(after.requests.length).toBe(before.requests.length);
  });

  test('bad input gets 400 with the fields named, in the caller’s language', async () => {
    const res = await call('/api/bulk/queue-closure/confirm?lang=en', { ...json({ serviceId: 'x' }), cookie: cookies.supervisor });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe('The data sent is incomplete or invalid.');
    expect(Object.keys(body.fields)).toContain('serviceId');
    const dates = await call('/api/reports/interaction-history?from=2026-05-02&to=2026-05-01', { cookie: cookies.supervisor });
    expect(dates.status).toBe(400);
    const outside = await call('/api/bulk/attendance-transfer/confirm?lang=en', {
      ...json({ serviceId: MANAGED, targetAgentId: 1, items: [{ attendanceId: 5, fromAgentId: null }] }),
      cookie: cookies.supervisor,
    }); // attendance 5 is in service 1
    expect(outside.status).toBe(400);
    expect((await outside.json()).error).toMatch(/does not belong to the chosen service/);
  });
});
