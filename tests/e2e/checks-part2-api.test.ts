import { beforeAll, describe, expect, test } from 'vitest';
import { call, signInCookie } from './helpers/http';

/** The ten part-2 checks served by the engine over real HTTP, on the demo organization. */
let admin = '';
let supervisor = '';
const ids: Record<string, number | string> = {};

async function pick(kind: string, q: string): Promise<number> {
  const res = await call(`/api/pickers/${kind}?q=${encodeURIComponent(q)}`, { cookie: admin });
  const { options } = await res.json();
  expect(options.length, `${kind} "${q}"`).toBeGreaterThan(0);
  return Number(options[0].id);
}

function run(id: string, input: unknown, cookie = admin, lang = 'pt-BR') {
  return call(`/api/checks/${id}${lang === 'en' ? '?lang=en' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    cookie,
  });
}

beforeAll(async () => {
  admin = await signInCookie('admin@demo.local');
  supervisor = await signInCookie('supervisor@demo.local');
  ids.queue = await pick('queue', 'Suporte Chat');
  ids.closedQueue = await pick('queue', 'Ouvidoria');
  ids.agent = await pick('user', 'agent@demo.local');
  ids.mailbox = await pick('mailbox', 'SAC');
  ids.survey = await pick('survey', 'NPS');
  ids.reason = await pick('occurrence-reason', 'Cobrança');
  ids.document = await pick('document', 'Política');
});

describe('part-2 checks over HTTP', () => {
  test.each([
    // The demo's Ouvidoria queue is closed by a municipal holiday (the seeding day and the next).
    ['queue-availability', () => ({ queueId: ids.closedQueue }), 'warn'],
    ['operator-readiness', () => ({ userId: ids.agent, queueId: ids.queue }), null],
    ['chat-distribution', () => ({ queueId: ids.queue }), null],
    ['mailbox-rules', () => ({ mailboxId: ids.mailbox }), null],
    ['survey-validity', () => ({ surveyId: ids.survey }), 'fail'],
    ['followup-automation', () => ({ reasonId: ids.reason }), null],
    ['document-availability', () => ({ documentId: ids.document, userId: ids.agent, module: 'email' }), null],
    ['module-access', () => ({ userId: ids.agent, module: 'report-builder' }), 'fail'],
    ['chat-attachments', () => ({ queueId: ids.queue, fileName: 'nota.PDF' }), 'ok'],
    ['email-search-window', () => ({ from: '2026-01-01', to: '2026-03-31' }), 'warn'],
  ] as const)('%s answers 200 with a status, a summary in both languages and findings', async (id, input, expected) => {
    const res = await run(id, input());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(['ok', 'warn', 'fail']).toContain(body.status);
    if (expected) expect(body.status).toBe(expected);
    expect(body.summary['pt-BR'].length).toBeGreaterThan(5);
    expect(body.summary.en.length).toBeGreaterThan(5);
    expect(Array.isArray(body.findings)).toBe(true);
  });

  test("answers a check's own input error in the caller's language", async () => {
    const pt = await run('email-search-window', { from: '2026-03-31', to: '2026-01-01' });
    const en = await run('email-search-window', { from: '2026-03-31', to: '2026-01-01' }, admin, 'en');
    expect(pt.status).toBe(400);
    expect(en.status).toBe(400);
    const ptText = JSON.stringify((await pt.json()).fields);
    const enText = JSON.stringify((await en.json()).fields);
    expect(ptText).not.toBe(enText);
    expect(ptText).not.toContain('Valor inválido.');
  });

  test('answers 404 for a record that does not exist and 403 to a supervisor outside their services', async () => {
    expect((await run('chat-distribution', { queueId: 999999 })).status).toBe(404);
    const res = await run('chat-distribution', { queueId: ids.closedQueue }, supervisor);
    expect(res.status).toBe(403);
    expect((await res.json()).error.length).toBeGreaterThan(5);
  });
});

describe('GET /api/health?sweep=1 (the dashboard)', () => {
  test('runs the one-record checks for every queue, mailbox and survey; monitors do not sweep', async () => {
    const swept = await (await call('/api/health?sweep=1&lang=en', { cookie: admin })).json();
    const queue = swept.checks.find((c: { id: string }) => c.id === 'queue-availability');
    expect(queue.skipped).toBeUndefined();
    expect(queue.findings.map((f: { record: { kind: string } }) => f.record.kind)).toEqual(Array(5).fill('queue'));
    const ouvidoria = queue.findings.find((f: { record: { label: string } }) => f.record.label === 'Ouvidoria Chat');
    expect(ouvidoria.status).toBe('warn');
    expect(ouvidoria.fix.article).toBe('chat/queue-ignores-hours');
    expect(swept.checks.find((c: { id: string }) => c.id === 'survey-validity').findings).toHaveLength(3);
    expect(swept.checks.find((c: { id: string }) => c.id === 'module-access').skipped).toBe(true);
    const plain = await (await call('/api/health', { cookie: admin })).json();
    expect(plain.checks.find((c: { id: string }) => c.id === 'queue-availability').skipped).toBe(true);
  });
});
