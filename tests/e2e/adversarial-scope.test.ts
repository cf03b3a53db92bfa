import { beforeAll, describe, expect, inject, test } from 'vitest';
import { routeFiles } from '../helpers/route-files';
import { callAction } from './helpers/http';
import { roleCookies, send } from './helpers/adversary';
import type { Role } from './helpers/route-catalog';

/**
 * The demo supervisor manages Suporte Técnico (2) and Financeiro (3). Whatever route it calls, it
 * sees nothing of the other services: not in lists, counts, pickers, check history, reports or
 * bulk requests, and a named record outside them is a 403. The admin's view of the same data is
 * read too, so each test would notice a scope that hides everything.
 */
const MINE = [2, 3];
const MY_SERVICES = ['Suporte Técnico', 'Financeiro'];
const FAR = 4; // Ouvidoria
const OTHER_FAR = 5; // Vendas

/** What each route file serves of service-owned data, so a new route must say what it exposes. */
const kindsByRoute: Record<string, string[]> = {
  'src/pages/api/audit.ts': [], // admin:audit only: the audit trail is not service-owned
  'src/pages/api/auth/login.ts': [],
  'src/pages/api/auth/logout.ts': [],
  'src/pages/api/me.ts': [],
  'src/pages/api/ready.ts': [],
  'src/pages/api/live.ts': [],
  'src/pages/api/bulk/[id]/index.ts': ['bulk-request'],
  'src/pages/api/bulk/[id]/cancel.ts': ['bulk-request'],
  'src/pages/api/bulk/[id]/events.ts': ['bulk-request'],
  'src/pages/api/bulk/[id]/failures.csv.ts': ['bulk-request'],
  'src/pages/api/bulk/[id]/items.ts': ['bulk-request', 'user', 'attendance'],
  'src/pages/api/bulk/attendance-transfer/agents.ts': ['user'],
  'src/pages/api/bulk/attendance-transfer/attendances.ts': ['attendance'],
  'src/pages/api/bulk/attendance-transfer/confirm.ts': ['attendance'],
  'src/pages/api/bulk/attendance-transfer/preview.ts': ['attendance'],
  'src/pages/api/bulk/queue-closure/confirm.ts': ['attendance'],
  'src/pages/api/bulk/queue-closure/count.ts': ['attendance'],
  'src/pages/api/bulk/queue-closure/requests.ts': ['bulk-request'],
  'src/pages/api/bulk/user-import/confirm.ts': ['service'],
  'src/pages/api/bulk/user-import/created.ts': ['bulk-request'],
  'src/pages/api/bulk/user-import/ids.csv.ts': ['service'],
  'src/pages/api/bulk/user-import/preview.ts': ['service'],
  'src/pages/api/bulk/user-import/template.csv.ts': [],
  'src/pages/api/bulk/user-migration/confirm.ts': ['user'],
  'src/pages/api/bulk/user-migration/history.ts': ['user'],
  'src/pages/api/bulk/user-migration/preview.ts': ['user'],
  'src/pages/api/bulk/user-migration/users.ts': ['user'],
  'src/pages/api/checks/[id].ts': ['check-run', 'user', 'queue', 'mailbox'],
  'src/pages/api/checks/index.ts': [],
  'src/pages/api/health.ts': [], // admin:health only
  'src/pages/api/mailboxes/index.ts': [], // admin:settings only
  'src/pages/api/pickers/[kind].ts': ['user', 'queue', 'mailbox', 'service'],
  'src/pages/api/reports/interaction-history.ts': ['interaction-event'],
  'src/pages/api/reports/interaction-history.csv.ts': ['interaction-event'],
  'src/pages/api/scheduler/heartbeat.ts': [],
  'src/pages/api/scheduler/tasks/[id]/token.ts': [], // admin:settings only
  'src/pages/api/test/clock.ts': [],
  'src/pages/metrics.ts': [], // admin:health only
  'src/pages/api/admin/audit.csv.ts': [], // admin:audit only
  'src/pages/api/admin/audit/facets.ts': [], // admin:audit only
  'src/pages/api/admin/audit/index.ts': [], // admin:audit only
  'src/pages/api/admin/demo.ts': [], // admin:health only
  'src/pages/api/admin/mailboxes/index.ts': [], // admin:settings only
  'src/pages/api/admin/mailboxes/[id]/index.ts': [], // admin:settings only
  'src/pages/api/admin/mailboxes/[id]/active.ts': [], // admin:settings only
  'src/pages/api/admin/scheduler/tasks.ts': [], // admin:settings only
  'src/pages/api/bulk/history.ts': ['bulk-request'],
  // admin:alerts only (supervisors never hold it): rules, contacts and silences belong to no service.
  'src/pages/api/admin/alerts/contacts/index.ts': [],
  'src/pages/api/admin/alerts/contacts/[id]/index.ts': [],
  'src/pages/api/admin/alerts/contacts/[id]/test.ts': [],
  'src/pages/api/admin/alerts/rules/index.ts': [],
  'src/pages/api/admin/alerts/rules/simulate.ts': [],
  'src/pages/api/admin/alerts/rules/[id]/index.ts': [],
  'src/pages/api/admin/alerts/rules/[id]/history.ts': [],
  'src/pages/api/admin/alerts/rules/[id]/simulate.ts': [],
  'src/pages/api/admin/alerts/silences/index.ts': [],
  'src/pages/api/admin/alerts/states/[id]/ack.ts': [],
  // An escalation is read by its creator, assignee, admins and the supervisors of its attendance's
  // service or of its runs' records (tests/db/escalations-visibility.test.ts); runs outside the
  // viewer's scope are only counted.
  'src/pages/api/escalations/index.ts': ['attendance', 'check-run'],
  'src/pages/api/escalations/[id]/index.ts': ['attendance', 'check-run'],
  'src/pages/api/escalations/[id]/notes.ts': ['attendance'],
  'src/pages/api/escalations/[id]/status.ts': ['attendance', 'user'],
  'src/pages/api/escalations/[id]/rerun/[runId].ts': ['check-run', 'queue', 'mailbox'],
  'src/pages/api/search/insights.ts': [], // admin:audit only; search queries belong to no service
  'src/pages/api/search/opened.ts': [],
  'src/pages/api/search/queries.ts': [],
  'src/pages/api/articles/feedback.ts': [], // any signed-in reader's own vote; articles belong to no service
};
const recordKinds = ['user', 'attendance', 'queue', 'mailbox', 'service', 'bulk-request', 'check-run', 'interaction-event'];

let cookies: Record<Role, string>;
const get = async (path: string, as: Role = 'supervisor') => send({ method: 'GET', path, cookie: cookies[as] });
const post = async (path: string, body: unknown, as: Role = 'supervisor') =>
  send({ method: 'POST', path, body: JSON.stringify(body), contentType: 'application/json', cookie: cookies[as] });
const options = async (kind: string, as: Role = 'supervisor') =>
  (await get(`/api/pickers/${kind}?limit=100`, as)).json!.options as { id: number; label: string }[];
const usersOf = async (serviceId: number) =>
  (await get(`/api/bulk/user-migration/users?serviceId=${serviceId}&pageSize=200`, 'admin')).json!.users as {
    id: number;
    name: string;
    email: string;
    active: boolean;
  }[];

let mine: Set<number>; // users of the supervisor's services
let outsider: { id: number; name: string; email: string }; // an active user of Ouvidoria only
let farRequest = ''; // a bulk request of Ouvidoria, made by the admin
let orphanMailbox = 0; // answered by nobody of the supervisor's services
const queueIds: Record<string, number> = {};

beforeAll(async () => {
  cookies = await roleCookies();
  mine = new Set((await Promise.all(MINE.map(usersOf))).flat().map((u) => u.id));
  outsider = (await usersOf(FAR)).find((u) => u.active && !mine.has(u.id))!;
  for (const q of await options('queue', 'admin')) queueIds[q.label] = q.id;
  const m = inject('mail');
  const created = await post(
    '/api/mailboxes',
    {
      name: 'Sem equipe',
      address: m.address,
      imapHost: '127.0.0.1',
      imapPort: m.imapTlsPort,
      imapUser: m.user,
      imapPassword: m.password,
      smtpHost: '127.0.0.1',
      smtpPort: m.smtpStarttlsPort,
      smtpUser: m.user,
      smtpPassword: m.password,
    },
    'admin',
  );
  expect(created.status).toBe(201);
  orphanMailbox = (created.json!.mailbox as { id: number }).id;
  // The admin's own work outside the supervisor's services: check runs and a bulk request.
  expect((await post('/api/checks/operator-readiness', { userId: outsider.id, queueId: queueIds['Suporte Chat'] }, 'admin')).status).toBe(200);
  expect((await post('/api/checks/chat-distribution', { queueId: queueIds['Ouvidoria Chat'] }, 'admin')).status).toBe(200);
  const moved = await post('/api/bulk/user-migration/confirm', { originServiceId: FAR, destinationServiceId: OTHER_FAR, userIds: [outsider.id] }, 'admin');
  expect(moved.status).toBe(202);
  farRequest = String(moved.json!.requestId);
  expect((await post('/api/checks/chat-distribution', { queueId: queueIds['Suporte Chat'] })).status).toBe(200);
});

describe('the scope table', () => {
  test('classifies every route file, and every record kind is served by some route', () => {
    expect(Object.keys(kindsByRoute).sort()).toEqual(routeFiles());
    for (const kind of recordKinds) expect(Object.values(kindsByRoute).flat(), kind).toContain(kind);
  });
});

describe('the demo supervisor sees nothing outside Suporte Técnico and Financeiro', () => {
  test('users: pickers, transfer agents, migration lists; a named one outside is refused', async () => {
    const picked = await options('user');
    expect(picked.length).toBeGreaterThan(0);
    for (const u of picked) expect(mine.has(u.id), u.label).toBe(true);
    expect((await options('user', 'admin')).some((u) => !mine.has(u.id))).toBe(true);
    const agents = (await get(`/api/bulk/attendance-transfer/agents?serviceId=${MINE[0]}`)).json!.agents as { id: number }[];
    for (const a of agents) expect(mine.has(a.id)).toBe(true);
    for (const path of [
      `/api/bulk/attendance-transfer/agents?serviceId=${FAR}`,
      `/api/bulk/user-migration/users?serviceId=${FAR}`,
      `/api/bulk/user-migration/history?serviceId=${FAR}`,
    ]) {
      expect((await get(path)).status, path).toBe(403);
    }
    const readiness = await post('/api/checks/operator-readiness', { userId: outsider.id, queueId: queueIds['Suporte Chat'] });
    expect(readiness.status).toBe(403);
    expect(readiness.text).not.toContain(outsider.name);
    const action = await callAction('users.setActive', { userId: outsider.id, active: false }, cookies.supervisor);
    expect(action.status).toBe(403);
  });

  test('migration preview and confirm name nobody outside (out-of-scope origin with all:true, or any userIds)', async () => {
    for (const path of ['/api/bulk/user-migration/preview', '/api/bulk/user-migration/confirm']) {
      const all = await post(path, { originServiceId: FAR, destinationServiceId: MINE[0], all: true });
      expect(all.status, path).toBe(403);
      expect(all.text).not.toContain('@demo.local');
    }
    const picked = await post('/api/bulk/user-migration/preview', { originServiceId: MINE[0], destinationServiceId: MINE[1], userIds: [outsider.id] });
    expect(picked.status).toBe(200);
    expect(picked.json!.problems).toEqual([expect.objectContaining({ userId: outsider.id, name: '', email: '' })]);
    expect(picked.text).not.toContain(outsider.email);
    const refused = await post('/api/bulk/user-migration/confirm', { originServiceId: MINE[0], destinationServiceId: MINE[1], userIds: [outsider.id] });
    expect(refused.status).toBe(422);
    expect(refused.text).not.toContain(outsider.email);
  });

  test('attendances: lists and counts of a service outside are refused', async () => {
    for (const path of [`/api/bulk/attendance-transfer/attendances?serviceId=${FAR}`, `/api/bulk/queue-closure/count?serviceId=${FAR}`])
      expect((await get(path)).status, path).toBe(403);
    expect((await post('/api/bulk/attendance-transfer/preview', { filter: { serviceId: FAR }, selection: { all: true }, targetAgentId: 1 })).status).toBe(403);
    expect((await get(`/api/bulk/queue-closure/count?serviceId=${MINE[0]}`)).status).toBe(200);
  });

  test('queues: the picker lists only its services’ queues, and the checks refuse the others', async () => {
    const picked = (await options('queue')).map((q) => q.label).sort();
    expect(picked).toEqual(['Financeiro Chat', 'Suporte Chat']);
    for (const [label, id] of Object.entries(queueIds)) {
      const run = await post('/api/checks/chat-distribution', { queueId: id });
      expect(run.status, label).toBe(picked.includes(label) ? 200 : 403);
    }
  });

  test('mailboxes: one nobody of its services answers is neither listed nor checked', async () => {
    const picked = await options('mailbox');
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.map((m) => m.id)).not.toContain(orphanMailbox);
    expect((await options('mailbox', 'admin')).map((m) => m.id)).toContain(orphanMailbox);
    const agent = (await options('user')).find((u) => u.label.includes('agent@demo.local'))!;
    expect((await post('/api/checks/operator-readiness', { userId: agent.id, mailboxId: picked[0].id })).status).toBe(200);
    expect((await post('/api/checks/operator-readiness', { userId: agent.id, mailboxId: orphanMailbox })).status).toBe(403);
  });

  test('services: the import ids list only its own; the service picker is not its to use', async () => {
    // No check the supervisor may run picks a service; the picker's scope is proved on the database (tests/db/scope.test.ts).
    expect((await get('/api/pickers/service')).status).toBe(403);
    expect((await options('service', 'admin')).length).toBe(5);
    const ids = (await get('/api/bulk/user-import/ids.csv?lang=en')).text.split('\r\n').filter((l) => l.startsWith('service,'));
    expect(ids.map((l) => Number(l.split(',')[1])).sort()).toEqual(MINE);
  });

  test('check history: runs on records outside its services are not listed', async () => {
    const runs = async (id: string, as: Role) => JSON.stringify((await get(`/api/checks/${id}?limit=200&lang=en`, as)).json!.runs);
    expect(await runs('operator-readiness', 'admin')).toContain(outsider.name);
    expect(await runs('operator-readiness', 'supervisor')).not.toContain(outsider.name);
    expect(await runs('chat-distribution', 'admin')).toContain('Ouvidoria Chat');
    const mineRuns = await runs('chat-distribution', 'supervisor');
    expect(mineRuns).toContain('Suporte Chat');
    expect(mineRuns).not.toMatch(/Ouvidoria Chat|Vendas Chat|Plantão Noturno/);
  });

  test('bulk requests: status, events, failures, items and cancel of one outside are refused, and the monitor lists none', async () => {
    for (const [method, path] of [
      ['GET', ''],
      ['GET', '/events'],
      ['GET', '/failures.csv'],
      ['GET', '/items'],
      ['POST', '/cancel'],
    ] as const) {
      const a = await send({ method, path: `/api/bulk/${farRequest}${path}`, cookie: cookies.supervisor, contentType: 'application/json' });
      expect(a.status, path).toBe(403);
    }
    expect((await get(`/api/bulk/${farRequest}`, 'admin')).status).toBe(200);
    expect((await get(`/api/bulk/${farRequest}/items`, 'admin')).status).toBe(200);
    const listed = (await get('/api/bulk/queue-closure/requests?limit=100')).json!.requests as { serviceId: number }[];
    for (const r of listed) expect(MINE).toContain(r.serviceId);
  });

  test('reports: pages and the CSV export hold only its services; naming another is refused', async () => {
    const rows = (await get('/api/reports/interaction-history?limit=500')).json!.rows as { service: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect([...new Set(rows.map((r) => r.service))].every((s) => MY_SERVICES.includes(s))).toBe(true);
    const adminRows = (await get('/api/reports/interaction-history?limit=500', 'admin')).json!.rows as { service: string }[];
    expect(adminRows.some((r) => !MY_SERVICES.includes(r.service))).toBe(true);
    const csv = (await get('/api/reports/interaction-history.csv?lang=en')).text.split('\r\n').slice(1).filter(Boolean);
    expect(csv.length).toBeGreaterThan(0);
    for (const line of csv)
      expect(
        MY_SERVICES.some((s) => line.includes(`,${s},`)),
        line,
      ).toBe(true);
    for (const path of [`/api/reports/interaction-history?serviceId=${FAR}`, `/api/reports/interaction-history.csv?serviceId=${FAR}`])
      expect((await get(path)).status, path).toBe(403);
  });
});
