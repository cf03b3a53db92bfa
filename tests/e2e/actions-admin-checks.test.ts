import { beforeAll, describe, expect, test } from 'vitest';
import { MANAGED, OUTSIDE, roles, type Role } from './helpers/route-catalog';
import { call, callAction, signInCookie } from './helpers/http';

/**
 * The action doors of the admin, checks, health and report screens, over real HTTP as a browser
 * calls them (`POST /_actions/<family>.<name>`): each role gets what the operation's permission
 * says, whatever door it came through (the REST twins are in the route catalog's suites).
 */
const cookies: Record<Role, string | undefined> = { anonymous: undefined, agent: '', supervisor: '', admin: '' };

beforeAll(async () => {
  for (const role of ['agent', 'supervisor', 'admin'] as const) cookies[role] = await signInCookie(`${role}@demo.local`);
});

type Expect = Record<Role, number>;
const adminOnly = (ok: number): Expect => ({ anonymous: 401, agent: 403, supervisor: 403, admin: ok });
const managers = (ok: number): Expect => ({ anonymous: 401, agent: 403, supervisor: ok, admin: ok });

const cases: [string, unknown, Expect][] = [
  ['admin.mailboxes.list', {}, adminOnly(200)],
  ['admin.mailboxes.get', { id: 999_999 }, adminOnly(404)],
  ['admin.mailboxes.create', {}, adminOnly(400)],
  ['admin.mailboxes.update', { id: 999_999 }, adminOnly(400)],
  ['admin.mailboxes.setActive', { id: 999_999, active: true }, adminOnly(404)],
  ['admin.scheduler.tasks', {}, adminOnly(200)],
  ['admin.scheduler.issueToken', { id: 999_999 }, adminOnly(404)],
  ['admin.audit.list', { limit: 5 }, adminOnly(200)],
  ['admin.audit.facets', {}, adminOnly(200)],
  // The permission of a run or a history is the check's own: license-count needs admin:checks.
  ['checks.run', { id: 'license-count' }, adminOnly(200)],
  ['checks.history', { id: 'license-count', limit: 3 }, adminOnly(200)],
  ['checks.run', { id: 'no-such-check' }, { anonymous: 401, agent: 404, supervisor: 404, admin: 404 }],
  ['checks.picker', { kind: 'user', limit: 5 }, managers(200)],
  ['reports.interactionHistory', { limit: 5 }, managers(200)],
  ['health.sweep', {}, adminOnly(200)],
];

describe('action doors answer each role as the operation’s permission says', () => {
  test.each(cases)(
    '%s %j',
    async (name, input, expected) => {
      for (const role of roles) {
        const res = await callAction(name, input, cookies[role]);
        expect(res.status, `${role} on ${name}`).toBe(expected[role]);
      }
    },
    120_000,
  );
});

describe('what the action doors answer', () => {
  test('an agent may run its own check (the e-mail search window) but not read the admin screens', async () => {
    const own = await callAction('checks.run', { id: 'email-search-window' }, cookies.agent);
    expect([200, 400]).toContain(own.status);
    expect((await callAction('admin.audit.list', {}, cookies.agent)).status).toBe(403);
  });

  test('a check input is read by the check’s own schema: 400 naming the field, in the caller’s language', async () => {
    const res = await call('/_actions/checks.run', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ id: 'mailbox-test', mailboxId: -1 }),
      cookie: cookies.admin,
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('mailboxId');
    expect(text).toContain('Value too small (minimum 0).');
  });

  test('the report refuses a service outside the supervisor’s scope, and reads one inside it', async () => {
    expect((await callAction('reports.interactionHistory', { serviceId: OUTSIDE }, cookies.supervisor)).status).toBe(403);
    expect((await callAction('reports.interactionHistory', { serviceId: MANAGED, limit: 5 }, cookies.supervisor)).status).toBe(200);
  });

  test('the audit filters are checked as on the REST route: an inverted range is a 400', async () => {
    const rest = await call('/api/admin/audit?from=2026-02-01&to=2026-01-01', { cookie: cookies.admin });
    expect(rest.status).toBe(400);
    expect((await callAction('admin.audit.list', { from: '2026-02-01', to: '2026-01-01' }, cookies.admin)).status).toBe(400);
  });
});
