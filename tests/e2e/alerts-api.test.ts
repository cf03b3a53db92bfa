import { beforeAll, describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';

/**
 * Issue 20, the alerts API: only holders of admin:alerts (Administrators) reach it; bad input is a
 * 400 naming the field in the caller's language with nothing saved; a contact's target and signing
 * secret are never echoed (only the hint), nor written to the audit trail.
 */
const cookies: Record<'agent' | 'supervisor' | 'admin', string> = { agent: '', supervisor: '', admin: '' };

beforeAll(async () => {
  for (const role of ['agent', 'supervisor', 'admin'] as const) cookies[role] = await signInCookie(`${role}@demo.local`);
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body?: unknown, cookie = cookies.admin, lang: 'pt-BR' | 'en' = 'pt-BR') {
  const sep = path.includes('?') ? '&' : '?';
  const res = await call(lang === 'en' ? `${path}${sep}lang=en` : path, {
    method,
    cookie,
    // Like fetch() from the site's pages, every request but a GET names its type (Astro refuses a bodiless DELETE without one).
    headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as Record<string, any>) : {} };
}

const contacts = async () => (await send('GET', '/api/admin/alerts/contacts')).json.contacts as { id: number; name: string; targetHint: string }[];
const rules = async () => (await send('GET', '/api/admin/alerts/rules')).json.rules as { id: number; name: string; chip: string }[];

const routes: [Method, string][] = [
  ['GET', '/api/admin/alerts/contacts'],
  ['POST', '/api/admin/alerts/contacts'],
  ['PATCH', '/api/admin/alerts/contacts/1'],
  ['DELETE', '/api/admin/alerts/contacts/1'],
  ['POST', '/api/admin/alerts/contacts/1/test'],
  ['GET', '/api/admin/alerts/rules'],
  ['POST', '/api/admin/alerts/rules'],
  ['POST', '/api/admin/alerts/rules/simulate'],
  ['PATCH', '/api/admin/alerts/rules/1'],
  ['DELETE', '/api/admin/alerts/rules/1'],
  ['POST', '/api/admin/alerts/rules/1/simulate'],
  ['GET', '/api/admin/alerts/rules/1/history'],
  ['GET', '/api/admin/alerts/silences'],
  ['POST', '/api/admin/alerts/silences'],
  ['DELETE', '/api/admin/alerts/silences?id=1'],
  ['POST', '/api/admin/alerts/states/1/ack'],
];

describe('who may call the alerts API', () => {
  test.each(routes)('%s %s: 401 signed out, 403 for an agent and a supervisor, nothing changed', async (method, path) => {
    const before = { contacts: (await contacts()).length, rules: (await rules()).length };
    const body = method === 'GET' || method === 'DELETE' ? undefined : { name: 'x', kind: 'email', target: 'a@b.example' };
    expect((await send(method, path, body, '')).status).toBe(401);
    for (const role of ['agent', 'supervisor'] as const) {
      const r = await send(method, path, body, cookies[role]);
      expect(r.status, `${method} ${path} as ${role}`).toBe(403);
    }
    expect({ contacts: (await contacts()).length, rules: (await rules()).length }).toEqual(before);
  });

  test('the admin reads the lists; the demo ships one example contact (disabled) and one example rule', async () => {
    const c = await send('GET', '/api/admin/alerts/contacts');
    expect(c.status).toBe(200);
    const example = (c.json.contacts as { name: string; enabled: boolean; kind: string; targetHint: string }[]).find((x) => x.name === 'Plantão TI (exemplo)');
    expect(example).toMatchObject({ kind: 'email', enabled: false });
    expect(example!.targetHint).toMatch(/^al…@empresa-demo\.example$/);
    const r = await send('GET', '/api/admin/alerts/rules');
    expect(r.status).toBe(200);
    expect((r.json.rules as { name: string; checkId: string }[]).find((x) => x.name === 'Tarefa agendada parada')).toMatchObject({
      checkId: 'scheduler-status',
    });
    expect((r.json.checks as { id: string }[]).map((x) => x.id)).toContain('survey-validity');
    expect((await send('GET', '/api/admin/alerts/silences')).status).toBe(200);
  });
});

describe('the health dashboard', () => {
  test('marks a check that has a rule with a label linking the rule, in the page language', async () => {
    const ruleId = (await rules()).find((r) => r.name === 'Tarefa agendada parada')!.id;
    const pt = await (await call('/health/', { cookie: cookies.admin })).text();
    expect(pt).toContain(`href="/admin/alerts/#rule-${ruleId}"`);
    expect(pt).toContain('Alerta: Tarefa agendada parada');
    const en = await (await call('/en/health/', { cookie: cookies.admin })).text();
    expect(en).toContain(`href="/en/admin/alerts/#rule-${ruleId}"`);
    expect(en).toContain('Alert: Tarefa agendada parada');
  });
});

describe('contacts', () => {
  test('an e-mail contact is saved with its hint; the address is never echoed nor audited', async () => {
    const target = 'plantao.noturno@empresa-alertas.example';
    const r = await send('POST', '/api/admin/alerts/contacts', { name: 'Plantão noturno', kind: 'email', target, lang: 'pt-BR' });
    expect(r.status).toBe(201);
    expect(r.json.id).toEqual(expect.any(Number));
    expect(r.json.signingSecret).toBeUndefined();
    expect(r.text).not.toContain(target);
    const list = await send('GET', '/api/admin/alerts/contacts');
    expect(list.text).not.toContain(target);
    expect(list.text).not.toContain('targetEnc');
    expect((list.json.contacts as { id: number; targetHint: string }[]).find((c) => c.id === r.json.id)!.targetHint).toBe('pl…@empresa-alertas.example');
    const trail = await send('GET', '/api/audit?limit=20');
    expect(trail.text).toContain('alert.contact.create');
    expect(trail.text).not.toContain(target);
  });

  test('a JSON webhook gets a whsec_ signing secret shown once; GET shows only the host and last characters', async () => {
    const url = 'http://127.0.0.1:9/hooks/omni/S3CR3T-PATH-x9z8';
    const r = await send('POST', '/api/admin/alerts/contacts', { name: 'Webhook JSON', kind: 'webhook', target: url, lang: 'en', sendResolved: false });
    expect(r.status).toBe(201);
    expect(r.json.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const list = await send('GET', '/api/admin/alerts/contacts');
    expect(list.text).not.toContain('S3CR3T-PATH');
    expect(list.text).not.toContain(r.json.signingSecret);
    expect(list.text).not.toContain('whsec_');
    const row = (list.json.contacts as { id: number; targetHint: string; format: string; signed: boolean }[]).find((c) => c.id === r.json.id)!;
    expect(row).toMatchObject({ targetHint: '127.0.0.1:9/…x9z8', format: 'json', signed: true });
    const trail = await send('GET', '/api/audit?limit=20');
    expect(trail.text).not.toContain('S3CR3T-PATH');
    expect(trail.text).not.toContain(r.json.signingSecret);
  });

  test.each([
    ['an e-mail that is not one', { name: 'x', kind: 'email', target: 'not-an-email' }, 'target', /e-mail válido/, /valid e-mail/],
    [
      'a URL that is not http(s)',
      { name: 'x', kind: 'webhook', target: 'ftp://hooks.example.com/x' },
      'target',
      /http:\/\/ ou https:\/\//,
      /http:\/\/ or https:\/\//,
    ],
    [
      'a webhook at the metadata address',
      { name: 'x', kind: 'webhook', target: 'http://169.254.169.254/latest/meta-data' },
      'target',
      /rede interna/,
      /internal or reserved/,
    ],
    [
      'a webhook at a private address',
      { name: 'x', kind: 'webhook', format: 'slack', target: 'https://10.20.30.40/hook' },
      'target',
      /rede interna/,
      /internal or reserved/,
    ],
    ['an unknown kind', { name: 'x', kind: 'sms', target: '+5511999999999' }, 'kind', /./, /./],
    ['an e-mail contact with a webhook format', { name: 'x', kind: 'email', target: 'a@b.example', format: 'slack' }, 'format', /formato/, /format/],
    ['a mailbox that does not exist', { name: 'x', kind: 'email', target: 'a@b.example', mailboxId: 999_999 }, 'mailboxId', /não existe/, /does not exist/],
    ['no name', { kind: 'email', target: 'a@b.example' }, 'name', /./, /./],
  ])('%s: 400 naming the field in pt-BR and en, nothing saved', async (_what, body, field, pt, en) => {
    const before = await contacts();
    const a = await send('POST', '/api/admin/alerts/contacts', body);
    expect(a.status).toBe(400);
    expect(Object.keys(a.json.fields)).toEqual([field]);
    expect(a.json.fields[field].join(' ')).toMatch(pt);
    const b = await send('POST', '/api/admin/alerts/contacts', body, cookies.admin, 'en');
    expect(b.status).toBe(400);
    expect(b.json.fields[field].join(' ')).toMatch(en);
    expect(await contacts()).toEqual(before);
  });

  test('PATCH changes a contact, checks a new target like a new one and keeps the old one when omitted', async () => {
    const { json } = await send('POST', '/api/admin/alerts/contacts', { name: 'Para editar', kind: 'email', target: 'editar@empresa.example' });
    const bad = await send('PATCH', `/api/admin/alerts/contacts/${json.id}`, { target: 'sem-arroba' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.fields)).toEqual(['target']);
    const ok = await send('PATCH', `/api/admin/alerts/contacts/${json.id}`, { name: 'Editado', enabled: false });
    expect(ok.status).toBe(200);
    expect(ok.json.contact).toMatchObject({ name: 'Editado', enabled: false, targetHint: 'ed…@empresa.example' });
    expect((await send('PATCH', '/api/admin/alerts/contacts/999999', { name: 'x' })).status).toBe(404);
    expect((await send('DELETE', `/api/admin/alerts/contacts/${json.id}`)).status).toBe(200);
    expect((await contacts()).some((c) => c.id === json.id)).toBe(false);
  });
});

describe('rules', () => {
  let contactId = 0;
  beforeAll(async () => {
    contactId = (await send('POST', '/api/admin/alerts/contacts', { name: 'Regras', kind: 'email', target: 'regras@empresa.example' })).json.id;
  });
  const rule = (extra: Record<string, unknown>) => ({ name: 'Regra de teste', checkId: 'scheduler-status', contactId, ...extra });

  test.each([
    ['an unknown check', { checkId: 'no-such-check' }, 'checkId', /desconhecida/, /Unknown check/],
    ['a record on a check that takes none', { record: { mode: 'one', kind: 'queue', id: 1 } }, 'record', /não observa/, /does not watch/],
    ['no record on a check that needs one', { checkId: 'survey-validity' }, 'record', /precisa de um registro/, /needs a record/],
    [
      'a record that does not exist',
      { checkId: 'chat-distribution', record: { mode: 'one', kind: 'queue', id: 999_999 } },
      'record',
      /não encontrado/,
      /not found/,
    ],
    [
      'a record kind the check does not take',
      { checkId: 'survey-validity', record: { mode: 'one', kind: 'mailbox', id: 1 } },
      'record',
      /não observa/,
      /does not watch/,
    ],
    ['a malformed record', { record: { mode: 'some' } }, 'record', /./, /./],
    ['0 bad runs to fire', { pendingRuns: 0 }, 'pendingRuns', /./, /./],
    ['an absurd number of good runs', { recoverRuns: 1_000_000 }, 'recoverRuns', /./, /./],
    ['an absurd repeat interval', { repeatMinutes: 99_999_999 }, 'repeatMinutes', /./, /./],
    ['0 repeats', { maxRepeats: 0 }, 'maxRepeats', /./, /./],
    ['a contact that does not exist', { contactId: 999_999 }, 'contactId', /não existe/, /does not exist/],
    ['an escalation without its minutes', { escalateContactId: 1 }, 'escalateAfterMinutes', /minutos/, /minutes/],
    ['a grid that does not exist', { gridId: 999_999 }, 'gridId', /não existe/, /does not exist/],
  ])('%s: 400 naming the field in pt-BR and en, nothing saved', async (_what, extra, field, pt, en) => {
    const before = await rules();
    const a = await send('POST', '/api/admin/alerts/rules', rule(extra));
    expect(a.status, a.text).toBe(400);
    expect(Object.keys(a.json.fields)).toContain(field);
    expect(a.json.fields[field].join(' ')).toMatch(pt);
    const b = await send('POST', '/api/admin/alerts/rules', rule(extra), cookies.admin, 'en');
    expect(b.json.fields[field].join(' ')).toMatch(en);
    // The unsaved rule's simulation checks the same way.
    expect((await send('POST', '/api/admin/alerts/rules/simulate', rule(extra))).status).toBe(400);
    expect(await rules()).toEqual(before);
  });

  test('valid rules are saved (own, one queue, every survey), listed normal, edited, and deleted', async () => {
    const queueId = ((await send('GET', '/api/pickers/queue?limit=1')).json.options as { id: number }[])[0]!.id;
    const own = await send('POST', '/api/admin/alerts/rules', rule({ name: 'Própria', repeatMinutes: 30, maxRepeats: 2 }));
    expect(own.status, own.text).toBe(201);
    const one = await send(
      'POST',
      '/api/admin/alerts/rules',
      rule({ name: 'Uma fila', checkId: 'chat-distribution', record: { mode: 'one', kind: 'queue', id: queueId } }),
    );
    expect(one.status, one.text).toBe(201);
    const every = await send(
      'POST',
      '/api/admin/alerts/rules',
      rule({ name: 'Toda pesquisa', checkId: 'survey-validity', record: { mode: 'every' }, minStatus: 'warn' }),
    );
    expect(every.status, every.text).toBe(201);
    const listed = await rules();
    for (const id of [own.json.id, one.json.id, every.json.id]) expect(listed.find((r) => r.id === id)?.chip).toBe('normal');

    const zero = await send('PATCH', `/api/admin/alerts/rules/${own.json.id}`, { pendingRuns: 0 });
    expect(zero.status).toBe(400);
    expect(Object.keys(zero.json.fields)).toEqual(['pendingRuns']);
    const renamed = await send('PATCH', `/api/admin/alerts/rules/${own.json.id}`, {
      name: 'Própria (editada)',
      escalateContactId: contactId,
      escalateAfterMinutes: 15,
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.json.rule).toMatchObject({ name: 'Própria (editada)', escalateAfterMinutes: 15 });

    const history = await send('GET', `/api/admin/alerts/rules/${own.json.id}/history?limit=5`);
    expect(history.status).toBe(200);
    expect(history.json).toMatchObject({ events: [], nextBefore: null });
    expect((await send('GET', '/api/admin/alerts/rules/999999/history')).status).toBe(404);

    const inUse = await send('DELETE', `/api/admin/alerts/contacts/${contactId}`);
    expect(inUse.status).toBe(409);
    expect(inUse.json.error).toContain('Própria (editada)');
    for (const id of [one.json.id, every.json.id]) expect((await send('DELETE', `/api/admin/alerts/rules/${id}`)).status).toBe(200);
    expect((await send('DELETE', `/api/admin/alerts/rules/${one.json.id}`)).status).toBe(404);
  });

  test('acknowledging an alert that does not exist is a 404', async () => {
    expect((await send('POST', '/api/admin/alerts/states/999999/ack', {})).status).toBe(404);
  });
});

describe('silences', () => {
  test('a window that ends before it starts is a 400 naming endsAt in pt-BR and en, nothing saved', async () => {
    const before = (await send('GET', '/api/admin/alerts/silences')).json.silences;
    const body = { startsAt: '2026-12-20T22:00:00-03:00', endsAt: '2026-12-20T21:00:00-03:00', comment: 'Manutenção' };
    const a = await send('POST', '/api/admin/alerts/silences', body);
    expect(a.status).toBe(400);
    expect(a.json.fields.endsAt.join(' ')).toMatch(/depois do início/);
    const b = await send('POST', '/api/admin/alerts/silences', body, cookies.admin, 'en');
    expect(b.json.fields.endsAt.join(' ')).toMatch(/after the start/);
    for (const bad of [
      { ...body, endsAt: undefined },
      { ...body, comment: '' },
      { preset: 'until-green', comment: 'x' },
      { preset: '2h', comment: 'x' },
      { stateId: 999_999, preset: '1h', comment: 'x' },
      { ruleId: 999_999, ...body, endsAt: '2026-12-21T02:00:00-03:00' },
    ]) {
      const r = await send('POST', '/api/admin/alerts/silences', bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await send('GET', '/api/admin/alerts/silences')).json.silences).toEqual(before);
  });

  test('a planned window is listed with its author and comment, and ends by DELETE', async () => {
    const r = await send('POST', '/api/admin/alerts/silences', {
      startsAt: '2099-01-10T22:00:00-03:00',
      endsAt: '2099-01-11T02:00:00-03:00',
      comment: 'Janela de manutenção do SMTP',
    });
    expect(r.status, r.text).toBe(201);
    const listed = (await send('GET', '/api/admin/alerts/silences')).json;
    expect(listed.timeZone).toBe('America/Sao_Paulo');
    expect((listed.silences as { id: number }[]).find((s) => s.id === r.json.id)).toMatchObject({
      comment: 'Janela de manutenção do SMTP',
      author: expect.any(String),
      startsAt: '2099-01-11T01:00:00.000Z',
      active: false,
    });
    expect((await send('DELETE', `/api/admin/alerts/silences?id=${r.json.id}`)).status).toBe(200);
    expect((await send('DELETE', `/api/admin/alerts/silences?id=${r.json.id}`)).status).toBe(404);
  });
});
