import { beforeAll, describe, expect, inject, test } from 'vitest';
import { freePort } from '../helpers/free-port';
import { call, signInCookie } from './helpers/http';
import { loopbackMailbox } from './helpers/loopback-mailbox';

/** The live-check API over real HTTP against the built server (mail servers on loopback). */
const cookies: Record<'agent' | 'supervisor' | 'admin', string> = { agent: '', supervisor: '', admin: '' };
const json = { 'content-type': 'application/json' };
const post = (path: string, body: unknown, cookie?: string, headers: Record<string, string> = {}) =>
  call(path, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body), cookie });
let mailboxId = 0;

const mailbox = loopbackMailbox;

beforeAll(async () => {
  for (const role of ['agent', 'supervisor', 'admin'] as const) cookies[role] = await signInCookie(`${role}@demo.local`);
});

describe('GET /api/checks', () => {
  test('answers 401 signed out, only the e-mail search window for an agent, the part-1 checks for an admin in its language', async () => {
    expect((await call('/api/checks')).status).toBe(401);
    const agentChecks = (await (await call('/api/checks', { cookie: cookies.agent })).json()).checks;
    expect(agentChecks.map((c: { id: string }) => c.id)).toEqual(['email-search-window']);
    const en = await (await call('/api/checks?lang=en', { cookie: cookies.admin })).json();
    expect(en.checks.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['mailbox-test', 'scheduler-status', 'license-count']));
    expect(en.checks.find((c: { id: string }) => c.id === 'license-count').title).toBe('License count');
    const pt = await (await call('/api/checks', { cookie: cookies.admin })).json();
    expect(pt.checks.find((c: { id: string }) => c.id === 'license-count').title).toBe('Contagem de licenças');
  });
});

describe('POST /api/checks/<id>', () => {
  test.each([
    ['anonymous', undefined, 401],
    ['agent', 'agent', 403],
    ['supervisor', 'supervisor', 403],
  ] as const)('answers %s with %s', async (_w, role, status) => {
    expect((await post('/api/checks/license-count', {}, role ? cookies[role] : undefined)).status).toBe(status);
  });

  test('runs license-count for an admin, stores the run and audits it', async () => {
    const res = await post('/api/checks/license-count?lang=en', {}, cookies.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('server-timing')).toMatch(/^check;dur=\d+, run;dur=\d+\.\d$/);
    const r = await res.json();
    expect(['ok', 'warn']).toContain(r.status);
    expect(r.summary.en).toMatch(/^\d+ of \d+ licenses in use/);
    const runs = (await (await call('/api/checks/license-count?limit=5', { cookie: cookies.admin })).json()).runs;
    expect(runs[0]).toMatchObject({ status: r.status, durationMs: r.durationMs });
    const audit = (await (await call('/api/audit?limit=20', { cookie: cookies.admin })).json()).records;
    expect(audit.find((a: { action: string; target: string }) => a.action === 'check.run' && a.target === 'check:license-count')).toMatchObject({
      actorEmail: 'admin@demo.local',
      outcome: r.status,
    });
  });

  test('answers 400 with per-field messages in the caller language and runs nothing', async () => {
    const before = (await (await call('/api/checks/mailbox-test?limit=200', { cookie: cookies.admin })).json()).runs.length;
    const pt = await post('/api/checks/mailbox-test', { mailboxId: 'abc', roundTrip: 'yes' }, cookies.admin);
    expect(pt.status).toBe(400);
    const body = await pt.json();
    expect(body.error).toBe('Os dados enviados estão incompletos ou inválidos.');
    expect(body.fields.mailboxId[0]).toMatch(/número/);
    expect(body.fields.roundTrip[0]).toBe('Valor inválido: era esperado sim ou não.');
    const en = await (await post('/api/checks/mailbox-test?lang=en', { mailboxId: -1 }, cookies.admin)).json();
    expect(en.fields.mailboxId[0]).toBe('Value too small (minimum 0).');
    expect((await post('/api/checks/mailbox-test', '{not json', cookies.admin)).status).toBe(400);
    expect((await (await call('/api/checks/mailbox-test?limit=200', { cookie: cookies.admin })).json()).runs.length).toBe(before);
  });

  test('answers 404 for an unknown check to an admin and 401 to anonymous', async () => {
    expect((await post('/api/checks/no-such-check', {}, cookies.admin)).status).toBe(404);
    expect((await post('/api/checks/no-such-check', {})).status).toBe(401);
  });
});

describe('GET /api/pickers/<kind>', () => {
  test('is guarded and lists only ids and labels; users are searchable', async () => {
    expect((await call('/api/pickers/mailbox')).status).toBe(401);
    expect((await call('/api/pickers/mailbox', { cookie: cookies.agent })).status).toBe(403);
    const m = await (await call('/api/pickers/mailbox', { cookie: cookies.admin })).json();
    expect(m.options.length).toBeGreaterThanOrEqual(2);
    for (const o of m.options) expect(Object.keys(o).sort()).toEqual(['id', 'label']);
    const u = await (await call('/api/pickers/user?q=supervisor%40demo', { cookie: cookies.admin })).json();
    expect(u.options).toHaveLength(1);
    expect(u.options[0].label).toContain('supervisor@demo.local');
    expect((await call('/api/pickers/passwords', { cookie: cookies.admin })).status).toBe(400);
  });
});

describe('POST /api/mailboxes', () => {
  test.each([
    ['anonymous', undefined, 401],
    ['agent', 'agent', 403],
    ['supervisor', 'supervisor', 403],
  ] as const)('answers %s with %s', async (_w, role, status) => {
    expect((await post('/api/mailboxes', mailbox(), role ? cookies[role] : undefined)).status).toBe(status);
  });

  test('refuses a metadata address and a private one outside the allow-list, per field, in both languages', async () => {
    const pt = await post('/api/mailboxes', mailbox({ imapHost: '169.254.169.254', smtpHost: '10.0.0.5' }), cookies.admin);
    expect(pt.status).toBe(400);
    const b = await pt.json();
    expect(b.fields.imapHost[0]).toContain('endereço interno ou reservado (169.254.169.254)');
    expect(b.fields.smtpHost[0]).toContain('(10.0.0.5)');
    const en = await (await post('/api/mailboxes?lang=en', mailbox({ imapHost: '::1' }), cookies.admin)).json();
    expect(en.fields.imapHost[0]).toContain('internal or reserved address (::1)');
  });

  test('creates a mailbox on the allow-listed loopback servers and never returns a password', async () => {
    const res = await post('/api/mailboxes', mailbox(), cookies.admin);
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toContain(inject('mail').password);
    expect(text).not.toMatch(/password/i);
    mailboxId = JSON.parse(text).mailbox.id;
    const list = await (await call('/api/mailboxes', { cookie: cookies.admin })).text();
    expect(list).toContain('Loopback SAC');
    expect(list).not.toContain(inject('mail').password);
    expect(list).not.toMatch(/password/i);
  });

  test('the mailbox test passes with a round trip, and no secret reaches the response or the audit trail', async () => {
    const res = await post('/api/checks/mailbox-test?lang=en', { mailboxId, roundTrip: true }, cookies.admin);
    const text = await res.text();
    const r = JSON.parse(text);
    expect(r.status).toBe('ok');
    expect(r.findings.map((f: { message: { en: string } }) => f.message.en).join('\n')).toMatch(/Round trip: the test message arrived/);
    expect(text).not.toContain(inject('mail').password);
    const audit = await (await call('/api/audit?limit=200', { cookie: cookies.admin })).text();
    expect(audit).toContain('mailbox.create');
    expect(audit).not.toContain(inject('mail').password);
  });

  test('a wrong password names the field to fix, in Portuguese by default', async () => {
    const res = await post('/api/mailboxes', mailbox({ id: mailboxId, imapPassword: 'definitely-wrong' }), cookies.admin);
    expect(res.status).toBe(200);
    const r = await (await post('/api/checks/mailbox-test', { mailboxId }, cookies.admin)).json();
    expect(r.status).toBe('fail');
    expect(r.findings[0].message['pt-BR']).toContain('Corrija o campo "Senha IMAP"');
    await post('/api/mailboxes', mailbox({ id: mailboxId }), cookies.admin);
  });
});

describe('scheduler heartbeats', () => {
  test('issuing a token is guarded; a heartbeat needs the token; the check sees the run', async () => {
    const tasks = (await (await post('/api/checks/scheduler-status?lang=en', {}, cookies.admin)).json()).findings as {
      record?: { id: number; label: string };
    }[];
    const distributor = tasks.find((f) => f.record?.label === 'Omni - Chat Distributor')!.record!.id;
    expect((await post(`/api/scheduler/tasks/${distributor}/token`, {})).status).toBe(401);
    expect((await post(`/api/scheduler/tasks/${distributor}/token`, {}, cookies.supervisor)).status).toBe(403);
    expect((await post('/api/scheduler/tasks/999999/token', {}, cookies.admin)).status).toBe(404);
    const { token } = await (await post(`/api/scheduler/tasks/${distributor}/token`, {}, cookies.admin)).json();
    expect(token).toMatch(/^st\.\d+\./);
    expect((await post('/api/scheduler/heartbeat', { ok: true })).status).toBe(401);
    expect((await post('/api/scheduler/heartbeat', { ok: true }, undefined, { authorization: `Bearer ${token}x` })).status).toBe(401);
    const bad = await post('/api/scheduler/heartbeat?lang=en', { ok: 'maybe' }, undefined, { authorization: `Bearer ${token}` });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields.ok[0]).toBe('Invalid value: expected yes or no.');
    const failed = await post('/api/scheduler/heartbeat', { ok: false, error: 'fila travada' }, undefined, { authorization: `Bearer ${token}` });
    expect(failed.status).toBe(200);
    let r = await (await post('/api/checks/scheduler-status?lang=en', {}, cookies.admin)).json();
    let f = r.findings.find((x: { record?: { id: number } }) => x.record?.id === distributor);
    expect(f.status).toBe('warn');
    expect(f.message.en).toContain('last error: fila travada');
    await post('/api/scheduler/heartbeat', {}, undefined, { authorization: `Bearer ${token}` });
    r = await (await post('/api/checks/scheduler-status?lang=en', {}, cookies.admin)).json();
    f = r.findings.find((x: { record?: { id: number } }) => x.record?.id === distributor);
    expect(f.status).toBe('ok');
    expect(f.message.en).toContain('earlier error, since recovered: fila travada');
    const audit = await (await call('/api/audit?limit=200', { cookie: cookies.admin })).text();
    expect(audit).toContain('scheduler.token.issue');
    expect(audit).not.toContain(token);
  });
});

describe('GET /api/health and /metrics', () => {
  const token = () => inject('healthToken');
  test.each([
    ['/api/health', undefined, undefined, 401],
    ['/api/health', 'agent', undefined, 403],
    ['/api/health', undefined, 'wrong-token-wrong-token', 401],
    ['/metrics', undefined, undefined, 401],
    ['/metrics', 'supervisor', undefined, 403],
    ['/metrics', undefined, 'wrong-token-wrong-token', 401],
  ] as const)('%s answers %s / bearer %s with %s', async (path, role, bearer, status) => {
    const res = await call(path, { cookie: role ? cookies[role] : undefined, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    expect(res.status).toBe(status);
  });

  test('answers 503 with the failing check while a mailbox cannot be reached', async () => {
    // The demo's example mailboxes were fixed by the admin screen's tests: break one of our own.
    expect((await post('/api/mailboxes', mailbox({ name: 'Caixa sem servidor', imapPort: await freePort() }), cookies.admin)).status).toBe(201);
    const res = await call('/api/health?lang=en', { headers: { authorization: `Bearer ${token()}` } });
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe('fail');
    const mbx = body.checks.find((c: { id: string }) => c.id === 'mailbox-test');
    expect(mbx.status).toBe('fail');
    expect(
      mbx.findings.filter((f: { status: string; record: { label: string } }) => f.status === 'fail').map((f: { record: { label: string } }) => f.record.label),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^Caixa sem servidor </)])); // other files may have broken mailboxes of their own
  });

  test('answers 200 once every check passes (mailboxes fixed, services reporting)', async () => {
    const m = await (await call('/api/mailboxes', { cookie: cookies.admin })).json();
    for (const x of m.mailboxes) expect((await post('/api/mailboxes', mailbox({ id: x.id, name: x.name }), cookies.admin)).status).toBe(200);
    const sched = (await (await post('/api/checks/scheduler-status', {}, cookies.admin)).json()).findings as { record?: { id: number; kind: string } }[];
    for (const f of sched.filter((x) => x.record?.kind === 'scheduled-task')) {
      const { token: t } = await (await post(`/api/scheduler/tasks/${f.record!.id}/token`, {}, cookies.admin)).json();
      expect((await post('/api/scheduler/heartbeat', {}, undefined, { authorization: `Bearer ${t}` })).status).toBe(200);
    }
    const res = await call('/api/health', { cookie: cookies.admin });
    const body = await res.json();
    expect(body.checks.filter((c: { status: string }) => c.status === 'fail')).toEqual([]);
    expect(res.status).toBe(200);
    expect(['ok', 'warn']).toContain(body.status);
  });

  test('exposes statuses and durations in the Prometheus text format', async () => {
    const res = await call('/metrics', { headers: { authorization: `Bearer ${token()}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('# TYPE omni_check_status gauge');
    expect(text).toMatch(/^omni_check_status\{check="mailbox-test"\} 0$/m);
    expect(text).toMatch(/^omni_check_duration_seconds\{check="license-count"\} \d+(\.\d{1,3})?$/m);
    expect(text).toMatch(/^omni_check_runs_total\{check="mailbox-test",status="fail"\} [1-9]\d*$/m);
    expect(text).not.toContain(inject('mail').password);
  });
});
