import { beforeAll, describe, expect, test } from 'vitest';
import { handlersOf, routeFiles } from '../helpers/route-files';
import { signInCookie } from './helpers/http';
import { expectSafe, roleCookies, send, withEn } from './helpers/adversary';
import { probes, roles, type Role } from './helpers/route-catalog';
import { messages } from '@/i18n/messages';

/** Every route handler of the built site, called by every role: the status each must get, never a 5xx nor SQL. */
let cookies: Record<Role, string>;
beforeAll(async () => {
  cookies = await roleCookies();
});

describe('the route catalog', () => {
  test('has one probe for every handler of every route file, and none for a handler that does not exist', () => {
    const handlers = routeFiles().flatMap((f) => handlersOf(f).map((h) => `${h.method} ${f}`));
    expect(probes.map((p) => p.route).sort()).toEqual(handlers.sort());
  });
});

describe.each(roles)('every route, as %s', (role) => {
  test.each(probes.map((p) => [p.route, p] as const))('%s', async (_route, probe) => {
    const cookie = probe.freshSession && role !== 'anonymous' ? await signInCookie(`${role}@demo.local`) : cookies[role];
    const a = await send({ method: probe.method, path: withEn(probe.path), body: probe.body, contentType: probe.contentType, cookie });
    expectSafe(a, `${probe.route} as ${role}`, probe.expect[role].includes(503));
    expect(probe.expect[role], `${probe.route} as ${role}: ${a.status} ${a.text.slice(0, 200)}`).toContain(a.status);
    if (a.status === 401 && a.json?.error && probe.route !== 'POST src/pages/api/scheduler/heartbeat.ts') expect(a.json.error).toBe(messages.unauthorized.en);
    if (a.status === 403) expect(a.json?.error).toBe(messages.forbidden.en);
  });
});

describe('refusals in the caller’s language', () => {
  test('401 and 403 follow Accept-Language and ?lang=', async () => {
    const pt = await send({ method: 'GET', path: '/api/audit', headers: { 'accept-language': 'pt-BR,pt;q=0.9' } });
    const en = await send({ method: 'GET', path: '/api/audit', headers: { 'accept-language': 'en-US,en;q=0.8' } });
    expect([pt.status, pt.json?.error]).toEqual([401, messages.unauthorized['pt-BR']]);
    expect([en.status, en.json?.error]).toEqual([401, messages.unauthorized.en]);
    const forbidden = await send({ method: 'GET', path: '/api/audit?lang=en', cookie: cookies.agent, headers: { 'accept-language': 'pt-BR' } });
    expect([forbidden.status, forbidden.json?.error]).toEqual([403, messages.forbidden.en]);
    const proibido = await send({ method: 'GET', path: '/api/audit', cookie: cookies.agent });
    expect([proibido.status, proibido.json?.error]).toEqual([403, messages.forbidden['pt-BR']]);
  });
});
