import { beforeAll, describe, expect, test } from 'vitest';
import { expectSafe, roleCookies, send, withEn, type Answer } from './helpers/adversary';
import { MANAGED, type Role } from './helpers/route-catalog';
import { messages } from '@/i18n/messages';

/**
 * Malformed input to every route that takes any: NUL in strings, ids past int4, negative,
 * fractional and non-numeric ids, fractional page sizes, dates out of range, malformed cursors,
 * invalid JSON, wrong content types, huge strings. Each case runs in pt-BR and in English: the
 * same 4xx both times, the message in the caller's language, no 5xx, no SQL.
 */
let cookies: Record<Role, string>;
beforeAll(async () => {
  cookies = await roleCookies();
});

interface Case {
  as: Role;
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  contentType?: string;
  /** Accepted statuses. Default [400]. */
  status?: number[];
  /** A field the 400 must name. */
  field?: string;
}

const BAD_IDS = ['abc', '-1', '0', '1.5', '2147483648', '99999999999999999999', '1e400', '%00', ''];
const long = (n: number) => 'a'.repeat(n);
const json = (v: unknown) => ({ method: 'POST' as const, body: JSON.stringify(v), contentType: 'application/json' });
const q = (path: string, field: string, values: string[], as: Role = 'supervisor'): Case[] =>
  values.map((v) => ({ as, path: `${path}${path.includes('?') ? '&' : '?'}${field}=${v}`, field }));

const transfer = '/api/bulk/attendance-transfer';
const report = '/api/reports/interaction-history';
const cases: Case[] = [
  // Query strings.
  ...q(`${transfer}/agents`, 'serviceId', BAD_IDS),
  ...q(`${transfer}/agents?serviceId=${MANAGED}`, 'q', ['%00', long(81)]),
  ...q(`${transfer}/attendances`, 'serviceId', BAD_IDS),
  ...q(`${transfer}/attendances?serviceId=${MANAGED}`, 'limit', ['1.5', '0', '201', 'abc']),
  ...q(`${transfer}/attendances?serviceId=${MANAGED}`, 'after', ['2147483648', '-1', '1.5']),
  ...q(`${transfer}/attendances?serviceId=${MANAGED}`, 'agentId', ['abc', '2147483648']),
  ...q(`${transfer}/attendances?serviceId=${MANAGED}`, 'channel', ['fax', '%00']),
  ...q(`${transfer}/attendances?serviceId=${MANAGED}`, 'minAgeMinutes', ['-1', '1.5', '99999999']),
  ...q('/api/bulk/queue-closure/count', 'serviceId', BAD_IDS),
  ...q('/api/bulk/queue-closure/requests', 'beforeAt', ['garbage', '1900-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '%00']),
  ...q('/api/bulk/queue-closure/requests', 'beforeId', ['not-a-uuid', '%00']),
  ...q('/api/bulk/queue-closure/requests', 'limit', ['1.5', '101', '-1']),
  ...q('/api/bulk/user-migration/users', 'serviceId', BAD_IDS),
  ...q(`/api/bulk/user-migration/users?serviceId=${MANAGED}`, 'page', ['0', '1.5', '999999999']),
  ...q(`/api/bulk/user-migration/users?serviceId=${MANAGED}`, 'pageSize', ['1000', '1.5']),
  ...q(`/api/bulk/user-migration/users?serviceId=${MANAGED}`, 'q', ['%00', long(201)]),
  ...q('/api/bulk/user-migration/history', 'serviceId', BAD_IDS),
  ...q(`/api/bulk/user-migration/history?serviceId=${MANAGED}`, 'limit', ['1.5', '0']),
  ...q(report, 'from', ['99999-01-01', '1800-01-01', '2026-02-30', 'yesterday', '%00']),
  ...q(report, 'to', ['2100-01-01', 'x']),
  ...q(report, 'cursor', ['garbage', '9999-99-99T00:00:00Z_1', '2026-01-01T00:00:00Z_99999999999999999999', '2026-01-01T00:00:00Z_-1', '_1', '%00']),
  ...q(report, 'limit', ['1.5', '501']),
  ...q(report, 'serviceId', ['2147483648', 'abc']),
  ...q(report, 'protocol', ['%00', long(41)]),
  ...q(report, 'tabulation', ["x' or 1=1 --"]),
  ...q(`${report}.csv`, 'from', ['99999-01-01', '1800-01-01']),
  ...q(`${report}.csv`, 'cursor', ['9999-99-99T00:00:00Z_1', 'garbage']),
  ...q(`${report}.csv`, 'limit', ['1.5']),
  { as: 'supervisor', path: `${report}?from=2026-05-02&to=2026-05-01`, field: 'to' },
  ...q('/api/pickers/user', 'limit', ['1.5', '0', '101']),
  ...q('/api/pickers/user', 'q', ['%00', long(101)]),
  ...q('/api/checks/license-count', 'limit', ['1.5', '201'], 'admin'),
  ...q('/api/audit', 'limit', ['1.5', '0'], 'admin'),
  ...q('/api/audit', 'before', ['abc', '-1'], 'admin'),
  ...q('/api/health', 'sweep', ['maybe'], 'admin'),
  { as: 'supervisor', method: 'POST', path: '/api/bulk/user-import/preview?format=xml', body: 'a', contentType: 'text/csv', field: 'format' },
  { as: 'supervisor', method: 'POST', path: '/api/bulk/user-import/confirm?name=%00', body: 'a', contentType: 'text/csv', field: 'name' },
  // Route parameters.
  ...['abc', '2147483648', '%00', '-1'].flatMap((id): Case[] => [
    { as: 'supervisor', path: `/api/bulk/${id}`, field: 'id' },
    { as: 'supervisor', path: `/api/bulk/${id}/events`, field: 'id' },
    { as: 'supervisor', path: `/api/bulk/${id}/failures.csv`, field: 'id' },
    { as: 'supervisor', method: 'POST', path: `/api/bulk/${id}/cancel`, field: 'id' },
    { as: 'admin', method: 'POST', path: `/api/scheduler/tasks/${id}/token`, field: 'id' },
    { as: 'admin', path: `/api/admin/alerts/rules/${id}/history`, field: 'id' },
    { as: 'admin', path: `/api/admin/alerts/contacts/${id}/test`, ...json({}), field: 'id' },
    { as: 'admin', path: `/api/admin/alerts/states/${id}/ack`, ...json({}), field: 'id' },
  ]),
  { as: 'admin', path: '/api/admin/alerts/contacts', ...json({ name: 'x\u0000', kind: 'email', target: 'a@b.example' }), field: 'name' },
  { as: 'admin', path: '/api/admin/alerts/contacts', ...json({ name: 'x', kind: 'webhook', target: `https://h.example/${long(2001)}` }), field: 'target' },
  {
    as: 'admin',
    path: '/api/admin/alerts/rules',
    ...json({ name: 'x', checkId: 'scheduler-status', contactId: 1, record: { mode: 'one', kind: 'queue', id: 2147483648 } }),
    field: 'record',
  },
  {
    as: 'admin',
    path: '/api/admin/alerts/silences',
    ...json({ comment: 'x', startsAt: '2026-13-40T99:00:00Z', endsAt: '2026-12-01T00:00:00Z' }),
    field: 'startsAt',
  },
  { as: 'admin', method: 'POST', path: '/api/scheduler/tasks/1.5/token', field: 'id' },
  { as: 'admin', path: `/api/checks/${long(65)}`, ...json({}), field: 'id' },
  { as: 'admin', path: '/api/checks/x%00', ...json({}), field: 'id' },
  { as: 'admin', path: '/api/checks/no-such-check', ...json({}), status: [404] },
  { as: 'supervisor', path: '/api/pickers/nothing', field: 'kind' },
  { as: 'supervisor', path: '/api/pickers/%00', field: 'kind' },
  // JSON bodies: ids out of range, wrong types, NUL, unknown shapes.
  ...[2147483648, -1, 1.5, 'abc', null].flatMap((id): Case[] => [
    { as: 'supervisor', path: '/api/bulk/queue-closure/confirm', ...json({ serviceId: id }), field: 'serviceId' },
    {
      as: 'supervisor',
      path: `${transfer}/confirm`,
      ...json({ serviceId: MANAGED, targetAgentId: id, items: [{ attendanceId: 1, fromAgentId: 1 }] }),
      field: 'targetAgentId',
    },
    {
      as: 'supervisor',
      path: `${transfer}/confirm`,
      ...json({ serviceId: MANAGED, targetAgentId: 1, items: [{ attendanceId: id, fromAgentId: 1 }] }),
      field: 'items',
    },
    { as: 'supervisor', path: `${transfer}/preview`, ...json({ filter: { serviceId: id }, selection: { ids: [1] }, targetAgentId: 1 }), field: 'filter' },
    {
      as: 'supervisor',
      path: `${transfer}/preview`,
      ...json({ filter: { serviceId: MANAGED }, selection: { ids: [id] }, targetAgentId: 1 }),
      field: 'selection',
    },
    {
      as: 'supervisor',
      path: '/api/bulk/user-migration/preview',
      ...json({ originServiceId: id, destinationServiceId: 3, userIds: [1] }),
      field: 'originServiceId',
    },
    {
      as: 'supervisor',
      path: '/api/bulk/user-migration/confirm',
      ...json({ originServiceId: MANAGED, destinationServiceId: 3, userIds: [id] }),
      field: 'userIds',
    },
    {
      as: 'admin',
      path: '/api/mailboxes',
      ...json({ id, name: 'x', address: 'x@example.com', imapHost: 'h', imapUser: 'u', smtpHost: 'h', smtpUser: 'u' }),
      field: 'id',
    },
    { as: 'admin', path: '/api/checks/operator-readiness', ...json({ userId: id, queueId: 1 }), field: 'userId' },
    { as: 'admin', path: '/api/checks/chat-distribution', ...json({ queueId: id }), field: 'queueId' },
    { as: 'admin', path: '/api/checks/mailbox-test', ...json({ mailboxId: id }), field: 'mailboxId' },
  ]),
  {
    as: 'supervisor',
    path: '/api/bulk/user-migration/preview',
    ...json({ originServiceId: MANAGED, destinationServiceId: 3, userIds: Array.from({ length: 10_001 }, (_, i) => i + 1) }),
    field: 'userIds',
  },
  {
    as: 'supervisor',
    path: '/api/bulk/user-migration/preview',
    ...json({ originServiceId: MANAGED, destinationServiceId: 3, all: true, q: long(201) }),
    field: 'q',
  },
  {
    as: 'supervisor',
    path: `${transfer}/preview`,
    ...json({ filter: { serviceId: MANAGED }, selection: { all: true, exclude: Array.from({ length: 20_001 }, (_, i) => i + 1) }, targetAgentId: 1 }),
    field: 'selection',
  },
  { as: 'admin', path: '/api/checks/queue-availability', ...json({ queueId: 1, at: '+275760-09-13T00:00:00Z' }), field: 'at' },
  { as: 'admin', path: '/api/checks/queue-availability', ...json({ queueId: 1, at: long(5000) }), field: 'at' },
  { as: 'admin', path: '/api/checks/chat-attachments', ...json({ queueId: 1, fileName: 'a\u0000.pdf' }) },
  { as: 'admin', path: '/api/checks/email-search-window', ...json({ from: '2026-01-01', to: 'x\u0000' }) },
  { as: 'admin', path: '/api/mailboxes', ...json({ name: 'N\u0000', address: 'x@example.com', imapHost: 'h', imapUser: 'u', smtpHost: 'h', smtpUser: 'u' }) },
  {
    as: 'admin',
    path: '/api/mailboxes',
    ...json({ name: long(121), address: 'x@example.com', imapHost: 'h', imapUser: 'u', smtpHost: 'h', smtpUser: 'u' }),
    field: 'name',
  },
  { as: 'admin', path: '/api/test/clock', ...json({ to: '1999-01-01T00:00:00Z' }), field: 'to' },
  { as: 'admin', path: '/api/test/clock', ...json({ to: 'soon' }), field: 'to' },
  { as: 'supervisor', path: '/api/bulk/queue-closure/confirm', ...json({ serviceId: MANAGED, tabulate: 'yes', ['k\u0000']: 1 }) },
  { as: 'supervisor', path: '/api/bulk/user-migration/preview', ...json({ originServiceId: MANAGED, destinationServiceId: 3, q: 'x\u0000', all: true }) },
  { as: 'anonymous', path: '/api/auth/login', ...json({ email: 'admin@demo.local\u0000', password: 'x' }) },
  { as: 'anonymous', path: '/api/auth/login', ...json({ email: 'admin@demo.local', password: long(513) }) },
  // Not JSON, or JSON of the wrong type.
  ...[
    '/api/bulk/queue-closure/confirm',
    `${transfer}/preview`,
    `${transfer}/confirm`,
    '/api/bulk/user-migration/preview',
    '/api/bulk/user-migration/confirm',
  ].flatMap((path): Case[] => [
    { as: 'supervisor', method: 'POST', path, body: '{"serviceId": 2,', contentType: 'application/json' },
    { as: 'supervisor', method: 'POST', path, body: '{"serviceId": 2}', contentType: 'text/plain', status: [415] },
    { as: 'supervisor', method: 'POST', path, body: 'serviceId=2', contentType: 'application/x-www-form-urlencoded', status: [415] },
    { as: 'supervisor', method: 'POST', path, body: '[1,2,3]', contentType: 'application/json' },
    { as: 'supervisor', method: 'POST', path, body: '"\\u0000"', contentType: 'application/json' },
  ]),
  { as: 'admin', method: 'POST', path: '/api/checks/license-count', body: '{"a":', contentType: 'application/json' },
  { as: 'admin', method: 'POST', path: '/api/checks/license-count', body: '{}', contentType: 'text/xml', status: [415] },
  { as: 'admin', method: 'POST', path: '/api/mailboxes', body: 'not json', contentType: 'application/json' },
  { as: 'admin', method: 'POST', path: '/api/test/clock', body: '{', contentType: 'application/json' },
  { as: 'anonymous', method: 'POST', path: '/api/auth/login', body: '{"email":', contentType: 'application/json' },
  { as: 'anonymous', method: 'POST', path: '/api/auth/login', body: 'email=a', contentType: 'text/plain', status: [415] },
  { as: 'anonymous', method: 'POST', path: '/api/auth/login', body: 'email=%00&password=x', contentType: 'application/x-www-form-urlencoded' },
  { as: 'anonymous', method: 'POST', path: '/api/auth/login', body: 'email=a&password=', contentType: 'application/x-www-form-urlencoded', status: [303] },
];

/** The message texts of the refusals, by language, to tell which language an answer is in. */
const texts = (lang: 'pt-BR' | 'en') => new Set<string>(Object.values(messages).map((m) => m[lang]));

async function run(c: Case, lang: 'pt-BR' | 'en', i: number): Promise<Answer> {
  const viaQuery = lang === 'en' && i % 2 === 0;
  return send({
    method: c.method ?? 'GET',
    path: viaQuery ? withEn(c.path) : c.path,
    body: c.body,
    contentType: c.contentType,
    cookie: cookies[c.as],
    headers: { 'accept-language': viaQuery ? 'pt-BR' : lang === 'en' ? 'en-US,en;q=0.9' : 'pt-BR,pt;q=0.9' },
  });
}

describe('malformed input', () => {
  test.each(cases.map((c, i) => [`${c.as} ${c.method ?? 'GET'} ${c.path.slice(0, 120)}`, c, i] as const))(
    '%s → 4xx in the caller’s language',
    async (name, c, i) => {
      const [pt, en] = [await run(c, 'pt-BR', i), await run(c, 'en', i)];
      expectSafe(pt, name);
      expectSafe(en, name);
      expect(pt.status, `${name}: ${pt.text.slice(0, 300)}`).toBe(en.status);
      expect(c.status ?? [400], `${name}: ${pt.text.slice(0, 300)}`).toContain(pt.status);
      if (pt.status === 303) return;
      expect(texts('pt-BR').has(pt.json!.error!), `${name} in pt-BR: ${pt.json?.error}`).toBe(true);
      expect(texts('en').has(en.json!.error!), `${name} in English: ${en.json?.error}`).toBe(true);
      expect(pt.json!.error).not.toBe(en.json!.error);
      if (c.field) {
        expect(Object.keys(pt.json!.fields ?? {}), `${name} names ${c.field}: ${pt.text.slice(0, 300)}`).toContain(c.field);
        expect(JSON.stringify(pt.json!.fields)).not.toBe(JSON.stringify(en.json!.fields));
      }
    },
  );
});
