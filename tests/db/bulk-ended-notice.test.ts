import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { BULK_NOTICE_QUEUE, queueBulkEndedNotice, sendBulkEndedNotice } from '@/alerts/delivery/bulk-notice';
import { deliverySettings } from '@/alerts/delivery/settings';
import { createBulkRequest, registerBulkKind } from '@/bulk';
import { startBulkWorkers } from '@/bulk/workers';
import { auditRecords, bulkRequests, serviceManagers, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { startJobs, type Jobs } from '@/jobs/boss';
import { startSmtpSink, type SmtpSink } from '../helpers/alert-receivers';
import { getTestDb } from '../helpers/db';

/**
 * Issue 20, bulk job notifications: when a request ends (done, partial, failed) the requester gets
 * one e-mail in the request's language with the counts and the link to the request page, sent by
 * a pg-boss job queued by the bulk worker; only when ALERT_SMTP_URL is set.
 */
let h: Awaited<ReturnType<typeof getTestDb>>;
let jobs: Jobs;
let smtp: SmtpSink;
let stopBulk: () => void;
let adminId: number;
let adminEmail: string;
let serviceId: number;
const PUBLIC = 'https://runbook.example.test';
const saved: Record<string, string | undefined> = {};

registerBulkKind({
  kind: 'test-notice',
  permission: 'manage:user-migration',
  payload: z.object({ fail: z.boolean().default(false) }),
  async apply(tx, _ctx, p, item) {
    if (p.fail) return { state: 'failed', reason: { 'pt-BR': 'falhou de propósito', en: 'failed on purpose' } };
    await tx.insert(auditRecords).values({ action: 'test.notice', target: item.itemKey, outcome: 'ok' });
    return { state: 'applied' };
  },
});

const items = (prefix: string, n: number, failAt = -1) =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}-${i}`, label: `item ${i}`, payload: { fail: i === failAt } }));

beforeAll(async () => {
  smtp = await startSmtpSink();
  for (const [k, v] of Object.entries({ OUTBOUND_ALLOW_LIST: '127.0.0.1', ALERT_SMTP_URL: smtp.url, ALERT_PUBLIC_URL: PUBLIC })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  const [admin] = await h.db.select().from(users).where(eq(users.email, 'admin@demo.local'));
  adminId = admin.id;
  adminEmail = admin.email;
  const [supervisor] = await h.db.select().from(users).where(eq(users.email, 'supervisor@demo.local'));
  serviceId = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisor.id)))[0].serviceId;
  jobs = await startJobs(h);
  stopBulk = await startBulkWorkers(h, jobs.boss, { sweepEveryMs: 0 });
});

afterAll(async () => {
  stopBulk?.();
  await jobs?.stop();
  await h?.close();
  await smtp?.stop();
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

async function until<T>(get: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const v = await get();
    if (v !== undefined || Date.now() > deadline) return v as T;
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('bulk request notices', () => {
  test('a partial request: one e-mail in English with the counts and the link to the request page', async () => {
    const req = await createBulkRequest(h.db, jobs.boss, {
      kind: 'test-notice',
      serviceId,
      requestedBy: adminId,
      input: {},
      lang: 'en',
      items: items('p', 3, 1),
    });
    const mail = await until(() => smtp.mails.find((m) => m.text?.includes(req.id)));
    expect(mail.subject).toBe('[Omni Runbook] Bulk request done with failures: test-notice');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(adminEmail);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.text).toContain('Total: 3 · applied: 2 · failed: 1 · skipped: 0');
    expect(mail.text).toContain(`See the request: ${PUBLIC}/en/bulk/request/?id=${req.id}`);
    expect(mail.html).toContain(`href="${PUBLIC}/en/bulk/request/?id=${req.id}"`);
    const [row] = await until(async () => {
      const rows = await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, req.id));
      return rows[0]?.endedNoticeAt ? rows : undefined;
    });
    expect(row.state).toBe('done');
    // Told once: a second queueing or sending does nothing.
    expect(await sendBulkEndedNotice(h.db, req.id, deliverySettings())).toBe('skipped');
    await queueBulkEndedNotice(jobs.boss, row);
    expect(smtp.mails.filter((m) => m.text?.includes(req.id))).toHaveLength(1);
  });

  test('a request done without failures: the notice in Portuguese', async () => {
    const req = await createBulkRequest(h.db, jobs.boss, {
      kind: 'test-notice',
      serviceId,
      requestedBy: adminId,
      input: {},
      lang: 'pt-BR',
      items: items('d', 2),
    });
    const mail = await until(() => smtp.mails.find((m) => m.text?.includes(req.id)));
    expect(mail.subject).toBe('[Omni Runbook] Solicitação em massa concluída: test-notice');
    expect(mail.text).toContain('Total: 2 · aplicados: 2 · com falha: 0 · ignorados: 0');
    expect(mail.text).toContain(`Ver a solicitação: ${PUBLIC}/bulk/request/?id=${req.id}`);
  });

  test('without ALERT_SMTP_URL nothing is queued; with it, an ended request is queued once per request', async () => {
    const sent: unknown[][] = [];
    const spy = { send: async (...args: unknown[]) => void sent.push(args) } as unknown as Jobs['boss'];
    const [row] = await h.db.select().from(bulkRequests).limit(1);
    const ended = { ...row, state: 'done' as const, endedNoticeAt: null };
    const url = process.env.ALERT_SMTP_URL;
    delete process.env.ALERT_SMTP_URL;
    try {
      await queueBulkEndedNotice(spy, ended);
      expect(sent).toHaveLength(0);
    } finally {
      process.env.ALERT_SMTP_URL = url;
    }
    await queueBulkEndedNotice(spy, { ...ended, state: 'running' });
    await queueBulkEndedNotice(spy, { ...ended, endedNoticeAt: new Date() });
    expect(sent).toHaveLength(0);
    await queueBulkEndedNotice(spy, ended);
    expect(sent).toEqual([[BULK_NOTICE_QUEUE, { requestId: row.id }, { singletonKey: `bulk-notice:${row.id}` }]]);
  });
});
