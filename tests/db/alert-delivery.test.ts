import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deliverOnce } from '@/alerts/delivery/deliver';
import { deliverySettings } from '@/alerts/delivery/settings';
import { sendContactTest } from '@/alerts/delivery/test-contact';
import { ALERT_DELIVER_QUEUE, type AlertEventPayload } from '@/alerts/types';
import { alertContacts, alertDeliveries, alertEvents, alertRules, alertStates, mailboxes } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { mailboxTestStrings } from '@/i18n/check-mailbox-test';
import { startJobs, type Jobs } from '@/jobs/boss';
import { encryptSecret } from '@/security/secrets';
import { startReceiver, startSmtpSink, type Receiver, type SmtpSink } from '../helpers/alert-receivers';
import { getTestDb } from '../helpers/db';
import { expectGoogleChatMessage, expectSlackMessage, expectTeamsWorkflowMessage } from './alert-delivery-shapes';

/**
 * Issue 20, deliveries: the `alert-deliver` worker on real pg-boss, a real SMTP sink (parsed with
 * mailparser) and a node:http receiver on loopback. Retries are immediate here
 * (ALERT_RETRY_DELAY_SECONDS=0, two retries) so nothing waits on a clock.
 */
let h: Awaited<ReturnType<typeof getTestDb>>;
let jobs: Jobs;
let smtp: SmtpSink;
let rx: Receiver;
const secret = `whsec_${randomBytes(24).toString('base64')}`;
const PUBLIC = 'https://runbook.example.test';
let ruleId: number;
let stateId: number;
let seq = 0;

const env = {
  OUTBOUND_ALLOW_LIST: '127.0.0.1',
  ALERT_RETRY_LIMIT: '2',
  ALERT_RETRY_DELAY_SECONDS: '0',
  ALERT_SEND_TIMEOUT_SECONDS: '1',
  ALERT_PUBLIC_URL: PUBLIC,
  ALERT_FROM: 'Omni Runbook <alertas@runbook.example.test>',
};
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  smtp = await startSmtpSink();
  rx = await startReceiver();
  for (const [k, v] of Object.entries({ ...env, ALERT_SMTP_URL: smtp.url })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  const sink = await addContact({ kind: 'webhook', format: 'json', target: `${rx.base}/ok` });
  [{ id: ruleId }] = await h.db
    .insert(alertRules)
    .values({ name: 'Caixa SAC', checkId: 'mailbox-test', record: { mode: 'one', kind: 'mailbox', id: 1 }, contactId: sink })
    .returning({ id: alertRules.id });
  [{ id: stateId }] = await h.db.insert(alertStates).values({ ruleId, recordKey: 'mailbox:1', state: 'firing' }).returning({ id: alertStates.id });
  jobs = await startJobs(h);
});

afterAll(async () => {
  await jobs?.stop();
  await h?.close();
  await rx?.stop();
  await smtp?.stop();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

async function addContact(c: {
  kind: 'email' | 'webhook';
  format?: 'json' | 'slack' | 'teams' | 'google-chat';
  target: string;
  lang?: 'pt-BR' | 'en';
  enabled?: boolean;
}) {
  const [row] = await h.db
    .insert(alertContacts)
    .values({
      name: `Contato ${++seq}`,
      kind: c.kind,
      format: c.format ?? null,
      targetEnc: encryptSecret(c.target),
      targetHint: 'hint',
      signingSecretEnc: c.format === 'json' ? encryptSecret(secret) : null,
      lang: c.lang ?? 'pt-BR',
      enabled: c.enabled ?? true,
    })
    .returning({ id: alertContacts.id });
  return row.id;
}

const firedAt = new Date('2026-12-06T13:00:00Z');

function payload(over: Partial<AlertEventPayload> = {}): AlertEventPayload {
  return {
    ruleId,
    ruleName: 'Caixa SAC',
    checkId: 'mailbox-test',
    checkTitle: mailboxTestStrings.l('title'),
    recordKey: 'mailbox:1',
    recordLabel: 'SAC',
    status: 'fail',
    summary: { 'pt-BR': 'A caixa SAC não envia.', en: 'The SAC mailbox does not send.' },
    findings: [
      {
        status: 'fail',
        message: { 'pt-BR': 'SMTP recusou a senha <script>', en: 'SMTP refused the password <script>' },
        record: { kind: 'mailbox', id: 1, label: 'SAC' },
        fix: { article: 'email/emails-not-arriving', anchor: mailboxTestStrings.l('anchor.settings') },
      },
    ],
    moreFindings: 2,
    redSince: new Date(firedAt.getTime() - 5 * 60_000).toISOString(),
    at: firedAt.toISOString(),
    ...over,
  };
}

async function addEvent(kind: string, p: AlertEventPayload = payload()) {
  const [e] = await h.db
    .insert(alertEvents)
    .values({ kind, stateId, ruleId, payload: p as unknown as Record<string, unknown>, at: new Date(p.at) })
    .returning({ id: alertEvents.id });
  return e.id;
}

async function enqueue(eventId: number, contactId: number) {
  const [d] = await h.db
    .insert(alertDeliveries)
    .values({ eventId, contactId, messageId: `msg_${randomBytes(12).toString('hex')}` })
    .returning({ id: alertDeliveries.id });
  await jobs.boss.send(ALERT_DELIVER_QUEUE, { deliveryId: d.id });
  return d.id;
}

/** Waits until the worker has settled the delivery (sent or failed), then returns its row. */
async function settled(id: number) {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const [d] = await h.db.select().from(alertDeliveries).where(eq(alertDeliveries.id, id));
    if (d.status !== 'queued' || Date.now() > deadline) return d;
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function waitFor<T>(get: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = get();
    if (v !== undefined || Date.now() > deadline) return v as T;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitForAsync<T>(get: () => Promise<T | undefined>): Promise<T | undefined> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = await get();
    if (v !== undefined || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('json webhooks', () => {
  test('500, 500, then 204: one event, three attempts with the same webhook-id, each signature valid, status sent', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'json', target: `${rx.base}/flaky?token=abc` });
    const eventId = await addEvent('fired');
    const d = await settled(await enqueue(eventId, contact));
    expect(d.status).toBe('sent');
    expect(d.attempts).toBe(3);
    expect(d.reply).toBe('HTTP 204');
    const got = rx.on('/flaky');
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.headers['webhook-id']))).toEqual(new Set([d.messageId]));
    const wh = new Webhook(secret);
    for (const r of got) {
      const verified = wh.verify(r.body, {
        'webhook-id': String(r.headers['webhook-id']),
        'webhook-timestamp': String(r.headers['webhook-timestamp']),
        'webhook-signature': String(r.headers['webhook-signature']),
      }) as { type: string; data: Record<string, unknown> };
      expect(verified.type).toBe('alert.fired');
    }
    // A tampered body fails the independent verification.
    expect(() =>
      wh.verify(got[2].body.replace('alert.fired', 'alert.resolved'), {
        'webhook-id': String(got[2].headers['webhook-id']),
        'webhook-timestamp': String(got[2].headers['webhook-timestamp']),
        'webhook-signature': String(got[2].headers['webhook-signature']),
      }),
    ).toThrow();
    const body = JSON.parse(got[2].body);
    expect(body.data).toMatchObject({ eventId, kind: 'fired', lang: 'pt-BR', status: 'fail', checkId: 'mailbox-test', recordLabel: 'SAC' });
    expect(body.data.findings[0].articleUrl).toBe(`${PUBLIC}/email/emails-not-arriving/#1-teste-de-recebimento-e-envio-da-caixa`);
    expect(body.data.findings[0].screenUrl).toBe(`${PUBLIC}/admin/mailboxes/?edit=1`);
    expect(await h.db.select().from(alertEvents).where(eq(alertEvents.id, eventId))).toHaveLength(1);
    const [c] = await h.db.select().from(alertContacts).where(eq(alertContacts.id, contact));
    expect(c.lastOkAt).toBeTruthy();
  });

  test('a receiver that never answers: each attempt times out, the delivery ends failed with the reason visible', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'json', target: `${rx.base}/hang` });
    const d = await settled(await enqueue(await addEvent('fired'), contact));
    expect(d.status).toBe('failed');
    expect(d.attempts).toBe(3);
    expect(d.reply).toBe('timeout after 1 s');
    expect(rx.on('/hang')).toHaveLength(3);
    const [c] = await h.db.select().from(alertContacts).where(eq(alertContacts.id, contact));
    expect(c.lastError).toBe('timeout after 1 s');
    expect(c.lastErrorAt).toBeTruthy();
  });

  test('a redirect to the metadata address is not followed: failed attempts with the status', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'json', target: `${rx.base}/redirect` });
    const d = await settled(await enqueue(await addEvent('fired'), contact));
    expect(d.status).toBe('failed');
    expect(d.reply).toBe('HTTP 302 (redirect not followed)');
    expect(d.attempts).toBe(3);
    expect(rx.on('/redirect')).toHaveLength(3);
  });

  test('a webhook on a forbidden address is refused by the outbound guard, nothing is posted', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'json', target: 'http://169.254.169.254/hook' });
    const d = await settled(await enqueue(await addEvent('fired'), contact));
    expect(d.status).toBe('failed');
    expect(d.reply).toMatch(/^refused: Host 169\.254\.169\.254 resolves to 169\.254\.169\.254/);
  });

  test('a disabled contact receives nothing: the delivery fails with the reason', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'json', target: `${rx.base}/disabled`, enabled: false });
    const d = await settled(await enqueue(await addEvent('fired'), contact));
    expect(d.status).toBe('failed');
    expect(d.reply).toBe('omni:contactDisabled');
    expect(d.attempts).toBe(1);
    expect(rx.on('/disabled')).toHaveLength(0);
  });

  test('a delivery already sent is never sent again, and two attempts at once send once', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'json', target: `${rx.base}/once` });
    const d = await settled(await enqueue(await addEvent('fired'), contact));
    expect(d.status).toBe('sent');
    const again = await jobs.boss.send(ALERT_DELIVER_QUEUE, { deliveryId: d.id });
    const opts = { settings: deliverySettings(), now: () => new Date() };
    expect(await deliverOnce(h.db, d.id, { retryCount: 0, retryLimit: 2 }, opts)).toEqual({ result: 'skipped' });
    const [twin] = await h.db
      .insert(alertDeliveries)
      .values({ eventId: await addEvent('fired'), contactId: contact, messageId: 'msg_twin' })
      .returning({ id: alertDeliveries.id });
    const both = await Promise.all([0, 1].map(() => deliverOnce(h.db, twin.id, { retryCount: 0, retryLimit: 2 }, opts)));
    expect(both.map((r) => r.result).sort()).toEqual(['sent', 'skipped']);
    // The job sent again for the sent delivery has run to completion without sending.
    const job = await waitForAsync(async () => {
      const j = await jobs.boss.getJobById(ALERT_DELIVER_QUEUE, again!);
      return j?.state === 'completed' ? j : undefined;
    });
    expect(job?.state).toBe('completed');
    const [row] = await h.db.select().from(alertDeliveries).where(eq(alertDeliveries.id, d.id));
    expect(row.attempts).toBe(1);
    expect(rx.on('/once')).toHaveLength(2);
  });
});

describe('e-mail', () => {
  test('firing then resolved: subjects in the contact language, Auto-Submitted, the article link, and the resolved threads under the firing', async () => {
    const pt = await addContact({ kind: 'email', target: 'sac-pt@example.test' });
    const en = await addContact({ kind: 'email', target: 'ops-en@example.test', lang: 'en' });
    const fired = await addEvent('fired');
    await h.db.update(alertStates).set({ firingEventId: fired }).where(eq(alertStates.id, stateId));
    const d1 = await settled(await enqueue(fired, pt));
    const d2 = await settled(await enqueue(fired, en));
    expect(d1.status).toBe('sent');
    expect(d1.reply).toMatch(/^250 /);
    expect(d2.status).toBe('sent');
    const ptMail = await waitFor(() => smtp.mails.find((m) => m.headers.get('content-language') === 'pt-BR' && m.subject?.startsWith('[FALHA]')));
    const enMail = await waitFor(() => smtp.mails.find((m) => m.subject?.startsWith('[FAILING]')));
    expect(ptMail.subject).toBe('[FALHA] Teste da caixa de e-mail: SAC');
    expect(enMail.subject).toBe('[FAILING] Mailbox test: SAC');
    expect(ptMail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(ptMail.messageId).toBe(`<${d1.messageId}@runbook.example.test>`);
    expect(ptMail.text).toContain(`${PUBLIC}/email/emails-not-arriving/#1-teste-de-recebimento-e-envio-da-caixa`);
    expect(enMail.text).toContain(`${PUBLIC}/en/email/emails-not-arriving/#1-mailbox-receive-and-send-test`);
    expect(ptMail.text).toContain('Com problema desde: 06/12/2026, 09:55 (UTC−3)');
    expect(ptMail.text).toContain('e mais 2 no painel de saúde');
    // The finding's text is escaped in the HTML body, linked there too.
    expect(ptMail.html).toContain('SMTP recusou a senha &lt;script&gt;');
    expect(ptMail.html).not.toContain('<script>');
    expect(ptMail.html).toContain(`href="${PUBLIC}/email/emails-not-arriving/#1-teste-de-recebimento-e-envio-da-caixa"`);

    const resolvedAt = new Date(firedAt.getTime() + 37 * 60_000).toISOString();
    // As the engine writes a resolution: the state back to normal holds no firing any more; the event's payload names it.
    await h.db.update(alertStates).set({ firingEventId: null }).where(eq(alertStates.id, stateId));
    const resolved = await addEvent('resolved', payload({ status: 'ok', findings: [], moreFindings: 0, at: resolvedAt, firingEventId: fired }));
    const d3 = await settled(await enqueue(resolved, pt));
    expect(d3.status).toBe('sent');
    const back = await waitFor(() => smtp.mails.find((m) => m.subject?.startsWith('[RESOLVIDO]')));
    expect(back.subject).toBe('[RESOLVIDO] Teste da caixa de e-mail: SAC após 42 min');
    expect(back.inReplyTo).toBe(ptMail.messageId);
    expect([back.references].flat()).toContain(ptMail.messageId);
    expect(back.text).toContain('Ficou com problema por 42 min');
  });

  test('a contact with a mailbox sends through that mailbox SMTP settings (ALERT_SMTP_URL unset)', async () => {
    const [mb] = await h.db
      .insert(mailboxes)
      .values({
        name: 'Alertas',
        address: 'alertas@mailbox.test',
        imapHost: '127.0.0.1',
        imapUser: 'x',
        imapPasswordEnc: encryptSecret('x'),
        smtpHost: '127.0.0.1',
        smtpPort: smtp.port,
        smtpSecurity: 'none',
        smtpUser: smtp.user,
        smtpPasswordEnc: encryptSecret(smtp.password),
      })
      .returning({ id: mailboxes.id });
    const contact = await addContact({ kind: 'email', target: 'via-mailbox@example.test' });
    await h.db.update(alertContacts).set({ mailboxId: mb.id }).where(eq(alertContacts.id, contact));
    const url = process.env.ALERT_SMTP_URL;
    delete process.env.ALERT_SMTP_URL;
    try {
      const d = await settled(await enqueue(await addEvent('fired'), contact));
      expect(d.status).toBe('sent');
      const mail = await waitFor(() => smtp.mails.find((m) => m.messageId === `<${d.messageId}@mailbox.test>`));
      expect(mail.from?.value[0]).toMatchObject({ name: 'Omni Runbook', address: 'alertas@mailbox.test' });
    } finally {
      process.env.ALERT_SMTP_URL = url;
    }
  });

  test('without ALERT_SMTP_URL nor a mailbox an e-mail contact fails at once with the reason', async () => {
    const url = process.env.ALERT_SMTP_URL;
    delete process.env.ALERT_SMTP_URL;
    try {
      const contact = await addContact({ kind: 'email', target: 'nobody@example.test' });
      const d = await settled(await enqueue(await addEvent('fired'), contact));
      expect(d.status).toBe('failed');
      expect(d.attempts).toBe(1);
      expect(d.reply).toBe('omni:noSmtp');
    } finally {
      process.env.ALERT_SMTP_URL = url;
    }
  });
});

describe('chat formats follow the vendors\u2019 documented shapes', () => {
  test('Slack: text and Block Kit blocks', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'slack', target: `${rx.base}/slack/T000/B000/XXXX` });
    expect((await settled(await enqueue(await addEvent('fired'), contact))).status).toBe('sent');
    const [r] = rx.on('/slack/T000/B000/XXXX');
    const body = JSON.parse(r.body);
    expectSlackMessage(body);
    expect(JSON.stringify(body)).toContain(`<${PUBLIC}/email/emails-not-arriving/#1-teste-de-recebimento-e-envio-da-caixa|Como corrigir>`);
    expect(JSON.stringify(body)).toContain('&lt;script&gt;');
  });

  test('Teams (Workflows): a message with one Adaptive Card 1.4 attachment', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'teams', target: `${rx.base}/teams/workflows/abc`, lang: 'en' });
    expect((await settled(await enqueue(await addEvent('fired'), contact))).status).toBe('sent');
    const [r] = rx.on('/teams/workflows/abc');
    const body = JSON.parse(r.body);
    expectTeamsWorkflowMessage(body);
    expect(body.attachments[0].content.body[0].text).toBe('\\[FAILING\\] Mailbox test: SAC');
    expect(JSON.stringify(body)).toContain(`(${PUBLIC}/en/email/emails-not-arriving/#1-mailbox-receive-and-send-test)`);
  });

  test('Google Chat: text and cardsV2, one thread per alert with the reply option', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'google-chat', target: `${rx.base}/v1/spaces/AAA/messages?key=k&token=t` });
    const fired = await addEvent('fired');
    await h.db.update(alertStates).set({ firingEventId: fired }).where(eq(alertStates.id, stateId));
    expect((await settled(await enqueue(fired, contact))).status).toBe('sent');
    const resolved = await addEvent('resolved', payload({ status: 'ok', findings: [], moreFindings: 0 }));
    expect((await settled(await enqueue(resolved, contact))).status).toBe('sent');
    const got = rx.on('/v1/spaces/AAA/messages');
    expect(got).toHaveLength(2);
    for (const r of got) {
      expect(r.query.get('messageReplyOption')).toBe('REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD');
      expect(r.query.get('key')).toBe('k');
      expect(r.query.get('token')).toBe('t');
      expectGoogleChatMessage(JSON.parse(r.body));
    }
    const [a, b] = got.map((r) => JSON.parse(r.body));
    expect(a.thread.threadKey).toBe(b.thread.threadKey);
    expect(b.text).toMatch(/^\[RESOLVIDO\]/);
  });
});

describe('send test', () => {
  test('an e-mail contact: a real test message, the SMTP reply, an event and a delivery recorded', async () => {
    const contact = await addContact({ kind: 'email', target: 'teste@example.test', enabled: false });
    const r = await sendContactTest(h.db, contact, 'pt-BR');
    expect(r?.ok).toBe(true);
    expect(r?.reply).toMatch(/^250 /);
    expect(r?.ms).toBeGreaterThanOrEqual(0);
    const mail = await waitFor(() => smtp.mails.find((m) => m.subject === '[TESTE] Mensagem de teste do Omni Runbook'));
    expect(mail.text).toContain(`Esta é uma mensagem de teste do contato "Contato ${seq}"`);
    const [d] = await h.db.select().from(alertDeliveries).where(eq(alertDeliveries.contactId, contact));
    expect(d).toMatchObject({ status: 'sent', attempts: 1 });
    const [e] = await h.db.select().from(alertEvents).where(eq(alertEvents.id, d.eventId));
    expect(e.kind).toBe('test');
  });

  test('a webhook answering 500: not ok, the HTTP reply, the contact keeps the error', async () => {
    const contact = await addContact({ kind: 'webhook', format: 'json', target: `${rx.base}/fail` });
    const r = await sendContactTest(h.db, contact, 'en');
    expect(r).toMatchObject({ ok: false, reply: 'HTTP 500' });
    const [c] = await h.db.select().from(alertContacts).where(eq(alertContacts.id, contact));
    expect(c.lastError).toBe('HTTP 500');
    const [d] = await h.db.select().from(alertDeliveries).where(eq(alertDeliveries.contactId, contact));
    expect(d.status).toBe('failed');
  });

  test('an unknown contact: null', async () => {
    expect(await sendContactTest(h.db, 999_999, 'en')).toBeNull();
  });
});
