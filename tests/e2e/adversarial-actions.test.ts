import { beforeAll, describe, expect, test } from 'vitest';
import { messages } from '@/i18n/messages';
import { actionsOfSite } from '../helpers/action-files';
import { expectSafe, roleCookies, send } from './helpers/adversary';
import { actionProbes, roles, type Role } from './helpers/route-catalog';

/**
 * The route catalog's suites over every Astro Action (`POST /_actions/<name>`), the islands' way in:
 * each role gets the status its permission allows, malformed and oversized bodies get a 4xx in the
 * caller's language (never a 5xx nor SQL), and a record outside the caller's scope is refused.
 */
let cookies: Record<Role, string>;
beforeAll(async () => {
  cookies = await roleCookies();
});

const post = (action: string, body: string, cookie: string, lang = 'en') =>
  send({ method: 'POST', path: `/_actions/${action}`, body, contentType: 'application/json', cookie, headers: { 'accept-language': lang } });
/** An action's refusal message (Astro's serialized ActionError). */
const messageOf = (json: Record<string, unknown> | null) => (json?.message ?? json?.error) as string | undefined;
/** The role allowed to call `probe`'s action, for the malformed-input suites. */
const allowedRole = (expect: Record<Role, number[]>): Role =>
  (['admin', 'supervisor', 'agent'] as const).find((r) => !expect[r].includes(403) && !expect[r].includes(401)) ?? 'admin';

describe('the action catalog', () => {
  test('every action of src/actions is an operation and has exactly one probe', () => {
    const site = actionsOfSite();
    expect(site.length).toBeGreaterThan(1);
    for (const a of site) expect(a.builtWith, `${a.name} is built with ${a.builtWith}, not operationAction`).toBe('operationAction');
    expect(actionProbes.map((p) => p.action).sort()).toEqual(site.map((a) => a.name).sort());
  });
});

describe.each(roles)('every action, as %s', (role) => {
  test.each(actionProbes.map((p) => [p.action, p] as const))('%s', async (name, probe) => {
    const a = await post(name, JSON.stringify(probe.input), cookies[role]);
    expectSafe(a, `${name} as ${role}`);
    expect(probe.expect[role], `${name} as ${role}: ${a.status} ${a.text.slice(0, 200)}`).toContain(a.status);
    if (a.status === 401) expect(messageOf(a.json)).toBe(messages.unauthorized.en);
    if (a.status === 403) expect(messageOf(a.json)).toBe(messages.forbidden.en);
  });
});

describe('malformed and oversized input, per action', () => {
  test.each(actionProbes.map((p) => [p.action, p] as const))(
    '%s: 400 for broken JSON, NUL, wrong types and unknown ids; 413 past 1 MB',
    async (name, probe) => {
      const cookie = cookies[allowedRole(probe.expect)];
      const broken = await post(name, '{"x":', cookie, 'pt-BR');
      expect(broken.status).toBe(400);
      expect(messageOf(broken.json)).toBe(messages.invalidJson['pt-BR']);
      for (const body of [
        '{"x":"\\u0000"}',
        '[1,2,3]',
        '"text"',
        '{"userId":"1; drop table users","active":"yes","id":-1,"limit":1e309}',
        JSON.stringify({ userId: 2 ** 31, active: true, q: 'x'.repeat(5000) }),
      ]) {
        const a = await post(name, body, cookie);
        expectSafe(a, `${name} with ${body.slice(0, 60)}`);
        expect([400, 404, 200], `${name} with ${body.slice(0, 60)}: ${a.status} ${a.text.slice(0, 200)}`).toContain(a.status);
      }
      const big = await post(name, JSON.stringify({ filler: 'a'.repeat(1024 * 1024 + 10) }), cookie);
      expect(big.status).toBe(413);
    },
  );
});

describe('scope, per action', () => {
  test.each(actionProbes.filter((p) => p.outside).map((p) => [p.action, p] as const))(
    '%s: a record outside the supervisor’s services is refused',
    async (name, probe) => {
      const a = await post(name, JSON.stringify(probe.outside!.input), cookies.supervisor);
      expectSafe(a, `${name} outside scope`);
      expect(a.status, a.text.slice(0, 200)).toBe(probe.outside!.status);
    },
  );
});
