/**
 * One harmless request per route handler of the site, with the statuses each role must get. The
 * adversarial tests check the catalog against the route files (a new route fails them until it
 * is listed here) and run every probe as every role. Probes never change data that other test
 * files rely on: mutating routes get an empty body (400 for a permitted caller) or an unknown id.
 */

export const roles = ['anonymous', 'agent', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** A fresh demo database numbers its services in seed order: 1 Atendimento Geral, 2 Suporte Técnico (managed), 3 Financeiro (managed), 4 Ouvidoria, 5 Vendas. */
export const MANAGED = 2;
export const OUTSIDE = 1;
/** A well-formed UUID no bulk request has. */
export const NO_REQUEST = '00000000-0000-4000-8000-000000000000';
/** A well-formed escalation id no record has (guessing one answers 404, like one the caller may not see). */
export const NO_ESCALATION = 'aaaaaaaaaaaaaaaaaaaaaaaaaa';

export interface Probe {
  /** `METHOD src/pages/…` of the handler it exercises. */
  route: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: string;
  contentType?: string;
  /** Statuses accepted for each role. */
  expect: Record<Role, number[]>;
  /** Sign in anew for this probe (sign-out ends the session it is sent with). */
  freshSession?: boolean;
}

type Expect = Record<Role, number[]>;
const all = (ok: number[]): Expect => ({ anonymous: ok, agent: ok, supervisor: ok, admin: ok });
const signedIn = (ok: number[]): Expect => ({ anonymous: [401], agent: ok, supervisor: ok, admin: ok });
/** Roles in `who` get `ok`; the other signed-in roles 403; anonymous 401. */
const only = (who: Role[], ok: number[]): Expect => ({
  anonymous: [401],
  agent: who.includes('agent') ? ok : [403],
  supervisor: who.includes('supervisor') ? ok : [403],
  admin: who.includes('admin') ? ok : [403],
});
const managers: Role[] = ['supervisor', 'admin'];
const empty = { body: '{}', contentType: 'application/json' };
/** A POST without a body still names a content type (as fetch() from the site's pages does): Astro refuses form-like posts without an Origin. */
const bodiless = { contentType: 'application/json' };

const p = (route: string, path: string, expect: Expect, extra: Partial<Probe> = {}): Probe => ({
  route,
  method: route.split(' ')[0] as Probe['method'],
  path,
  expect,
  ...extra,
});

export const probes: Probe[] = [
  p('GET src/pages/api/me.ts', '/api/me', signedIn([200])),
  p('GET src/pages/api/audit.ts', '/api/audit?limit=5', only(['admin'], [200])),
  p('POST src/pages/api/auth/login.ts', '/api/auth/login', all([400]), empty),
  p('POST src/pages/api/auth/logout.ts', '/api/auth/logout', all([200]), { freshSession: true, ...bodiless }),
  p('GET src/pages/api/bulk/[id]/index.ts', `/api/bulk/${NO_REQUEST}`, signedIn([404])),
  p('POST src/pages/api/bulk/[id]/cancel.ts', `/api/bulk/${NO_REQUEST}/cancel`, signedIn([404]), bodiless),
  p('GET src/pages/api/bulk/[id]/events.ts', `/api/bulk/${NO_REQUEST}/events`, signedIn([404])),
  p('GET src/pages/api/bulk/[id]/failures.csv.ts', `/api/bulk/${NO_REQUEST}/failures.csv`, signedIn([404])),
  p('GET src/pages/api/bulk/[id]/items.ts', `/api/bulk/${NO_REQUEST}/items`, signedIn([404])),
  p('GET src/pages/api/bulk/attendance-transfer/agents.ts', `/api/bulk/attendance-transfer/agents?serviceId=${MANAGED}`, only(managers, [200])),
  p(
    'GET src/pages/api/bulk/attendance-transfer/attendances.ts',
    `/api/bulk/attendance-transfer/attendances?serviceId=${MANAGED}&limit=5`,
    only(managers, [200]),
  ),
  p('POST src/pages/api/bulk/attendance-transfer/confirm.ts', '/api/bulk/attendance-transfer/confirm', only(managers, [400]), empty),
  p('POST src/pages/api/bulk/attendance-transfer/preview.ts', '/api/bulk/attendance-transfer/preview', only(managers, [400]), empty),
  p('POST src/pages/api/bulk/queue-closure/confirm.ts', '/api/bulk/queue-closure/confirm', only(managers, [400]), empty),
  p('GET src/pages/api/bulk/queue-closure/count.ts', `/api/bulk/queue-closure/count?serviceId=${MANAGED}`, only(managers, [200])),
  p('GET src/pages/api/bulk/queue-closure/requests.ts', '/api/bulk/queue-closure/requests?limit=5', only(managers, [200])),
  p('POST src/pages/api/bulk/user-import/confirm.ts', '/api/bulk/user-import/confirm', only(managers, [400]), { body: '', contentType: 'text/csv' }),
  p('GET src/pages/api/bulk/user-import/created.ts', `/api/bulk/user-import/created?id=${NO_REQUEST}`, only(managers, [404])),
  p('GET src/pages/api/bulk/user-import/ids.csv.ts', '/api/bulk/user-import/ids.csv', only(managers, [200])),
  p('POST src/pages/api/bulk/user-import/preview.ts', '/api/bulk/user-import/preview', only(managers, [400]), { body: '', contentType: 'text/csv' }),
  p('GET src/pages/api/bulk/user-import/template.csv.ts', '/api/bulk/user-import/template.csv', only(managers, [200])),
  p('POST src/pages/api/bulk/user-migration/confirm.ts', '/api/bulk/user-migration/confirm', only(managers, [400]), empty),
  p('GET src/pages/api/bulk/user-migration/history.ts', `/api/bulk/user-migration/history?serviceId=${MANAGED}`, only(managers, [200])),
  p('POST src/pages/api/bulk/user-migration/preview.ts', '/api/bulk/user-migration/preview', only(managers, [400]), empty),
  p('GET src/pages/api/bulk/user-migration/users.ts', `/api/bulk/user-migration/users?serviceId=${MANAGED}&pageSize=5`, only(managers, [200])),
  p('POST src/pages/api/checks/[id].ts', '/api/checks/license-count', only(['admin'], [200]), empty),
  p('GET src/pages/api/checks/[id].ts', '/api/checks/license-count?limit=3', only(['admin'], [200])),
  p('GET src/pages/api/checks/index.ts', '/api/checks', signedIn([200])),
  p('GET src/pages/api/health.ts', '/api/health', only(['admin'], [200, 503])),
  p('GET src/pages/api/mailboxes/index.ts', '/api/mailboxes', only(['admin'], [200])),
  p('POST src/pages/api/mailboxes/index.ts', '/api/mailboxes', only(['admin'], [400]), empty),
  p('GET src/pages/api/pickers/[kind].ts', '/api/pickers/user?limit=5', only(managers, [200])),
  p('GET src/pages/api/ready.ts', '/api/ready', all([200])),
  p('GET src/pages/api/live.ts', '/api/live', all([200])),
  p('GET src/pages/api/reports/interaction-history.ts', '/api/reports/interaction-history?limit=5', only(managers, [200])),
  p('GET src/pages/api/reports/interaction-history.csv.ts', '/api/reports/interaction-history.csv?from=2026-01-01&to=2026-01-02', only(managers, [200])),
  p('POST src/pages/api/scheduler/heartbeat.ts', '/api/scheduler/heartbeat', all([401]), empty),
  p('POST src/pages/api/scheduler/tasks/[id]/token.ts', '/api/scheduler/tasks/999999/token', only(['admin'], [404]), bodiless),
  p('POST src/pages/api/test/clock.ts', '/api/test/clock', only(['admin'], [400]), empty),
  p('GET src/pages/metrics.ts', '/metrics', only(['admin'], [200])),
  p('GET src/pages/api/admin/audit/index.ts', '/api/admin/audit', only(['admin'], [200])),
  p('GET src/pages/api/admin/audit/facets.ts', '/api/admin/audit/facets', only(['admin'], [200])),
  p('GET src/pages/api/admin/audit.csv.ts', '/api/admin/audit.csv', only(['admin'], [200])),
  p('GET src/pages/api/admin/demo.ts', '/api/admin/demo', only(['admin'], [200])),
  p('GET src/pages/api/admin/mailboxes/index.ts', '/api/admin/mailboxes', only(['admin'], [200])),
  p('POST src/pages/api/admin/mailboxes/index.ts', '/api/admin/mailboxes', only(['admin'], [400]), empty),
  p('GET src/pages/api/admin/mailboxes/[id]/index.ts', '/api/admin/mailboxes/999999', only(['admin'], [404])),
  p('PUT src/pages/api/admin/mailboxes/[id]/index.ts', '/api/admin/mailboxes/999999', only(['admin'], [400]), empty),
  p('POST src/pages/api/admin/mailboxes/[id]/active.ts', '/api/admin/mailboxes/999999/active', only(['admin'], [400]), empty),
  p('GET src/pages/api/admin/alerts/contacts/index.ts', '/api/admin/alerts/contacts', only(['admin'], [200])),
  p('POST src/pages/api/admin/alerts/contacts/index.ts', '/api/admin/alerts/contacts', only(['admin'], [400]), empty),
  p('PATCH src/pages/api/admin/alerts/contacts/[id]/index.ts', '/api/admin/alerts/contacts/999999', only(['admin'], [404]), empty),
  p('DELETE src/pages/api/admin/alerts/contacts/[id]/index.ts', '/api/admin/alerts/contacts/999999', only(['admin'], [404]), bodiless),
  p('POST src/pages/api/admin/alerts/contacts/[id]/test.ts', '/api/admin/alerts/contacts/999999/test', only(['admin'], [404]), empty),
  p('GET src/pages/api/admin/alerts/rules/index.ts', '/api/admin/alerts/rules', only(['admin'], [200])),
  p('POST src/pages/api/admin/alerts/rules/index.ts', '/api/admin/alerts/rules', only(['admin'], [400]), empty),
  p('POST src/pages/api/admin/alerts/rules/simulate.ts', '/api/admin/alerts/rules/simulate', only(['admin'], [400]), empty),
  p('PATCH src/pages/api/admin/alerts/rules/[id]/index.ts', '/api/admin/alerts/rules/999999', only(['admin'], [404]), empty),
  p('DELETE src/pages/api/admin/alerts/rules/[id]/index.ts', '/api/admin/alerts/rules/999999', only(['admin'], [404]), bodiless),
  p('POST src/pages/api/admin/alerts/rules/[id]/simulate.ts', '/api/admin/alerts/rules/999999/simulate', only(['admin'], [404]), empty),
  p('GET src/pages/api/admin/alerts/rules/[id]/history.ts', '/api/admin/alerts/rules/999999/history', only(['admin'], [404])),
  p('GET src/pages/api/admin/alerts/silences/index.ts', '/api/admin/alerts/silences', only(['admin'], [200])),
  p('POST src/pages/api/admin/alerts/silences/index.ts', '/api/admin/alerts/silences', only(['admin'], [400]), empty),
  p('DELETE src/pages/api/admin/alerts/silences/index.ts', '/api/admin/alerts/silences?id=999999', only(['admin'], [404]), bodiless),
  p('POST src/pages/api/admin/alerts/states/[id]/ack.ts', '/api/admin/alerts/states/999999/ack', only(['admin'], [404]), empty),
  p('GET src/pages/api/admin/scheduler/tasks.ts', '/api/admin/scheduler/tasks', only(['admin'], [200])),
  p('GET src/pages/api/bulk/history.ts', '/api/bulk/history?limit=5', only(managers, [200])),
  p('GET src/pages/api/search/insights.ts', '/api/search/insights', only(['admin'], [200])),
  p('POST src/pages/api/search/queries.ts', '/api/search/queries', signedIn([400]), empty),
  p('POST src/pages/api/search/opened.ts', '/api/search/opened', signedIn([400]), empty),
  p('POST src/pages/api/articles/feedback.ts', '/api/articles/feedback', signedIn([400]), empty),
  p('GET src/pages/api/escalations/index.ts', '/api/escalations?view=open', signedIn([200])),
  p('POST src/pages/api/escalations/index.ts', '/api/escalations', signedIn([400]), empty),
  p('GET src/pages/api/escalations/[id]/index.ts', `/api/escalations/${NO_ESCALATION}`, signedIn([404])),
  p('POST src/pages/api/escalations/[id]/notes.ts', `/api/escalations/${NO_ESCALATION}/notes`, signedIn([404]), {
    body: '{"text":"probe"}',
    contentType: 'application/json',
  }),
  p('POST src/pages/api/escalations/[id]/status.ts', `/api/escalations/${NO_ESCALATION}/status`, signedIn([404]), {
    body: '{"status":"cancelled"}',
    contentType: 'application/json',
  }),
  p('POST src/pages/api/escalations/[id]/rerun/[runId].ts', `/api/escalations/${NO_ESCALATION}/rerun/1`, signedIn([404]), bodiless),
];

/** Text that only a leaked database error or query would put in a response body. */
export const SQL_TEXT =
  /(\bselect\b[^.\n]{0,200}\bfrom\s+["a-z_]|\binsert\s+into\b|\bupdate\s+"?\w+"?\s+set\b|\bdelete\s+from\b|syntax error|DrizzleQueryError|Failed query|PostgresError|invalid input syntax|out of range for type|violates (not-null|foreign key|unique|check) constraint|\bparams:)/i;

/** One harmless call per Astro Action (`POST /_actions/<name>`), with the statuses each role must get. */
export interface ActionProbe {
  /** The action's client name (`users.setActive`). */
  action: string;
  /** A JSON input that changes nothing (an unknown id, or a read). */
  input: unknown;
  expect: Expect;
  /** For the scope suite: an input naming a record outside the demo supervisor's services, and what it must get. */
  outside?: { input: unknown; status: number };
}

const a = (action: string, input: unknown, expect: Expect, outside?: ActionProbe['outside']): ActionProbe => ({ action, input, expect, outside });

export const actionProbes: ActionProbe[] = [
  a('admin.demo', {}, only(['admin'], [200])),
  a('admin.mailboxes.list', {}, only(['admin'], [200])),
  a('admin.mailboxes.get', { id: 999_999 }, only(['admin'], [404])),
  a('admin.mailboxes.create', {}, only(['admin'], [400])),
  a('admin.mailboxes.update', { id: 999_999 }, only(['admin'], [400])),
  a('admin.mailboxes.setActive', { id: 999_999, active: true }, only(['admin'], [404])),
  a('admin.scheduler.tasks', {}, only(['admin'], [200])),
  a('alerts.contacts.list', {}, only(['admin'], [200])),
  a('alerts.contacts.create', {}, only(['admin'], [400])),
  a('alerts.contacts.update', { id: 999_999 }, only(['admin'], [404])),
  a('alerts.contacts.delete', { id: 999_999 }, only(['admin'], [404])),
  a('alerts.contacts.test', { id: 999_999 }, only(['admin'], [404])),
  a('alerts.rules.list', {}, only(['admin'], [200])),
  a('alerts.rules.create', {}, only(['admin'], [400])),
  a('alerts.rules.update', { id: 999_999 }, only(['admin'], [404])),
  a('alerts.rules.delete', { id: 999_999 }, only(['admin'], [404])),
  a('alerts.rules.simulate', { id: 999_999 }, only(['admin'], [404])),
  a('alerts.rules.simulateDraft', {}, only(['admin'], [400])),
  a('alerts.rules.history', { id: 999_999 }, only(['admin'], [404])),
  a('alerts.silences.list', {}, only(['admin'], [200])),
  a('alerts.silences.create', {}, only(['admin'], [400])),
  a('alerts.silences.end', { id: 999_999 }, only(['admin'], [404])),
  a('alerts.states.ack', { id: 999_999 }, only(['admin'], [404])),
  a('admin.scheduler.issueToken', { id: 999_999 }, only(['admin'], [404])),
  a('admin.audit.list', { limit: 5 }, only(['admin'], [200])),
  a('admin.audit.facets', {}, only(['admin'], [200])),
  // A check's own permission decides; an unknown check is a 404 for any signed-in caller.
  a('checks.run', { id: 'license-count' }, only(['admin'], [200])),
  a('checks.history', { id: 'license-count', limit: 3 }, only(['admin'], [200])),
  a('checks.picker', { kind: 'user', limit: 5 }, only(managers, [200])),
  a('health.sweep', {}, only(['admin'], [200])),
  a('search.insights', { language: 'en' }, only(['admin'], [200])),
  // Any signed-in reader votes; an article the site does not have is refused, nothing saved.
  a('articles.feedback', { article: 'no/such-article', helpful: true }, signedIn([400])),
  a('bulk.transfer.attendances', { serviceId: MANAGED, limit: 5 }, only(managers, [200]), { input: { serviceId: OUTSIDE, limit: 5 }, status: 403 }),
  a('bulk.transfer.agents', { serviceId: MANAGED }, only(managers, [200]), { input: { serviceId: OUTSIDE }, status: 403 }),
  a('bulk.transfer.preview', {}, only(managers, [400])),
  a('bulk.transfer.confirm', {}, only(managers, [400])),
  a('bulk.migration.users', { serviceId: MANAGED, pageSize: 5 }, only(managers, [200]), { input: { serviceId: OUTSIDE, pageSize: 5 }, status: 403 }),
  a('bulk.migration.history', { serviceId: MANAGED }, only(managers, [200]), { input: { serviceId: OUTSIDE }, status: 403 }),
  a('bulk.migration.preview', {}, only(managers, [400])),
  a('bulk.migration.confirm', {}, only(managers, [400])),
  a('bulk.closure.count', { serviceId: MANAGED }, only(managers, [200]), { input: { serviceId: OUTSIDE }, status: 403 }),
  a('bulk.closure.confirm', {}, only(managers, [400])),
  a('bulk.closure.requests', { limit: 5 }, only(managers, [200])),
  a('bulk.requests.status', { id: NO_REQUEST }, signedIn([404])),
  a('bulk.requests.cancel', { id: NO_REQUEST }, signedIn([404])),
  a('bulk.requests.history', { limit: 5 }, only(managers, [200])),
  a('bulk.requests.items', { id: NO_REQUEST }, signedIn([404])),
  a('bulk.import.created', { id: NO_REQUEST }, only(managers, [404])),
  // The report of a service outside the supervisor's scope is refused, not emptied.
  a('reports.interactionHistory', { limit: 5 }, only(managers, [200]), { input: { serviceId: OUTSIDE, limit: 5 }, status: 403 }),
  // User 1 is the demo administrator, outside what a supervisor may change; 999999 does not exist.
  a('users.setActive', { userId: 999999, active: true }, only(managers, [404]), { input: { userId: 1, active: true }, status: 403 }),
  // Any signed-in user; an id nobody may see answers 404 exactly like a missing one.
  a('escalations.list', { view: 'mine' }, signedIn([200])),
  a('escalations.create', {}, signedIn([400])),
  a('escalations.get', { id: NO_ESCALATION }, signedIn([404])),
  a('escalations.ownRuns', { article: 'email/emails-not-arriving' }, signedIn([200])),
  a('escalations.note', { id: NO_ESCALATION, text: 'probe' }, signedIn([404])),
  a('escalations.rerun', { id: NO_ESCALATION, runId: 1 }, signedIn([404])),
  a('escalations.status', { id: NO_ESCALATION, status: 'cancelled' }, signedIn([404])),
  // The users screen: a service filter outside the supervisor's services is refused, not emptied.
  a('users.list', { pageSize: 5 }, only(managers, [200]), { input: { serviceId: OUTSIDE, pageSize: 5 }, status: 403 }),
  a('users.facets', {}, only(managers, [200])),
  a('users.updateAccess', { userId: 999999 }, only(managers, [404]), { input: { userId: 1, groupIds: [] }, status: 403 }),
];
