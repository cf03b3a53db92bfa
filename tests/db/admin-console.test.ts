import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { loadScope } from '@/auth/scope';
import { bulkHistory, bulkHistoryQuery, type BulkHistoryRow } from '@/bulk/history';
import { auditPage } from '@/audit/query';
import { listMailboxes } from '@/admin/mailboxes/list-mailboxes';
import { reportSimulatedHeartbeats } from '@/demo/simulated-heartbeats';
import { recordHeartbeat } from '@/scheduler/record-heartbeat';
import { issueHeartbeatToken } from '@/scheduler/tokens';
import { listTasks } from '@/scheduler/task-list';
import { getTestDb } from '../helpers/db';
import { sessionUserFor } from '../helpers/check-context';
import { demoIds } from './checks/fixtures';

let h: DbHandle;
let ids: Awaited<ReturnType<typeof demoIds>>;
const now = new Date('2026-11-23T15:00:00Z');
const TZ = 'America/Sao_Paulo';

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 }, now);
  ids = await demoIds(h.db);
}, 120_000);
afterAll(async () => h?.close());

describe('bulkHistory', () => {
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  let supervisorId = 0;
  let adminId = 0;

  beforeAll(async () => {
    supervisorId = (await sessionUserFor(h.db, 'supervisor@demo.local')).id;
    adminId = (await sessionUserFor(h.db, 'admin@demo.local')).id;
    const at = (iso: string) => new Date(iso);
    // Two pairs share a creation time: keyset pages must neither skip nor repeat them.
    await h.db.insert(t.bulkRequests).values([
      {
        id: uuid(1),
        kind: 'user-import',
        serviceId: ids.services['Suporte Técnico'],
        requestedBy: adminId,
        state: 'done',
        total: 3,
        processed: 3,
        failed: 1,
        createdAt: at('2026-11-20T12:00:00Z'),
      },
      {
        id: uuid(2),
        kind: 'attendance-transfer',
        serviceId: ids.services.Vendas,
        requestedBy: adminId,
        state: 'done',
        total: 1,
        processed: 1,
        failed: 1,
        createdAt: at('2026-11-21T12:00:00Z'),
      },
      { id: uuid(3), kind: 'queue-closure', serviceId: ids.services.Financeiro, requestedBy: adminId, state: 'failed', createdAt: at('2026-11-21T12:00:00Z') },
      { id: uuid(4), kind: 'user-import', serviceId: null, requestedBy: supervisorId, state: 'waiting', createdAt: at('2026-11-22T02:30:00Z') },
      { id: uuid(5), kind: 'user-import', serviceId: null, requestedBy: adminId, state: 'done', createdAt: at('2026-11-22T12:00:00Z') },
      {
        id: uuid(6),
        kind: 'user-migration',
        serviceId: ids.services['Suporte Técnico'],
        requestedBy: supervisorId,
        state: 'running',
        createdAt: at('2026-11-22T12:00:00Z'),
      },
    ]);
  });

  const all = async (email: string, q: Record<string, string> = {}, limit = 2) => {
    const user = await sessionUserFor(h.db, email);
    const scope = await loadScope(h.db, user);
    const out: BulkHistoryRow[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await bulkHistory(h.db, scope, user.id, bulkHistoryQuery.parse({ ...q, cursor }), TZ, limit);
      out.push(...page.requests);
      if (!page.next) break;
      cursor = page.next;
    }
    return out.map((r) => r.id);
  };

  test('returns every request to an admin, newest first, across keyset pages without skipping equal times', async () => {
    expect(await all('admin@demo.local')).toEqual([uuid(6), uuid(5), uuid(4), uuid(3), uuid(2), uuid(1)]);
  });

  test('returns a supervisor the requests of the services it manages and its own organization-wide ones', async () => {
    expect(await all('supervisor@demo.local')).toEqual([uuid(6), uuid(4), uuid(3), uuid(1)]);
    expect(await all('agent@demo.local')).toEqual([]);
  });

  test('filters by kind, state, one request and days of the organization calendar', async () => {
    expect(await all('admin@demo.local', { kind: 'user-import' })).toEqual([uuid(5), uuid(4), uuid(1)]);
    expect(await all('admin@demo.local', { state: 'done' })).toEqual([uuid(5), uuid(2), uuid(1)]);
    expect(await all('supervisor@demo.local', { id: uuid(2) })).toEqual([]);
    // 2026-11-22T02:30Z is still the 21st in São Paulo.
    expect(await all('admin@demo.local', { from: '2026-11-21', to: '2026-11-21' })).toEqual([uuid(4), uuid(3), uuid(2)]);
    expect(bulkHistoryQuery.safeParse({ cursor: "1'; drop table x" }).success).toBe(false);
  });
});

describe('auditPage', () => {
  beforeAll(async () => {
    await h.db.insert(t.auditRecords).values([
      { at: new Date('2026-11-22T02:30:00Z'), actorEmail: 'admin@demo.local', action: 'mailbox.update', target: 'mailbox:1', outcome: 'ok' },
      { at: new Date('2026-11-22T12:00:00Z'), actorEmail: 'admin@demo.local', action: 'mailbox.update', target: 'mailbox:2', outcome: 'refused' },
      { at: new Date('2026-11-22T13:00:00Z'), actorEmail: 'supervisor@demo.local', action: 'bulk.user-import', outcome: 'partial' },
    ]);
  });

  test('filters by part of the actor, action, outcome and days in the organization time zone, newest first', async () => {
    const page = (f: Parameters<typeof auditPage>[1], limit = 50) => auditPage(h.db, f, TZ, { limit });
    expect((await page({ action: 'mailbox.update' })).records.map((r) => r.target)).toEqual(['mailbox:2', 'mailbox:1']);
    expect((await page({ action: 'mailbox.update', outcome: 'refused' })).records.map((r) => r.target)).toEqual(['mailbox:2']);
    expect((await page({ actor: 'SUPERVISOR@', from: '2026-11-22', to: '2026-11-22' })).records.map((r) => r.action)).toEqual(['bulk.user-import']);
    expect((await page({ action: 'mailbox.update', to: '2026-11-21' })).records.map((r) => r.target)).toEqual(['mailbox:1']);
    expect((await page({ actor: '%' })).records).toEqual([]);
    const first = await page({ action: 'mailbox.update' }, 1);
    const second = await auditPage(h.db, { action: 'mailbox.update' }, TZ, { limit: 1, before: first.next! });
    expect([first.records[0].target, second.records[0].target, second.next]).toEqual(['mailbox:2', 'mailbox:1', null]);
  });
});

describe('listMailboxes', () => {
  test('returns each mailbox without passwords and with the latest test run that covered it', async () => {
    const msg = (s: string) => ({ 'pt-BR': s, en: s });
    const f = (id: number, status: 'ok' | 'warn' | 'fail', m: string) => ({ status, message: msg(m), record: { kind: 'mailbox', id, label: 'x' } });
    await h.db.insert(t.checkRuns).values([
      {
        checkId: 'mailbox-test',
        status: 'fail',
        summary: msg('s'),
        findings: [f(ids.mailboxes.SAC, 'fail', 'old failure')],
        durationMs: 1,
        at: new Date(Date.now() - 60_000),
      },
      {
        checkId: 'mailbox-test',
        status: 'ok',
        summary: msg('s'),
        findings: [f(ids.mailboxes.SAC, 'ok', 'imap ok'), f(ids.mailboxes.SAC, 'ok', 'smtp ok')],
        durationMs: 1,
        at: new Date(Date.now() - 1000),
      },
      { checkId: 'mailbox-rules', status: 'warn', summary: msg('s'), findings: [f(ids.mailboxes.Financeiro, 'warn', 'rule')], durationMs: 1, at: new Date() },
    ]);
    const rows = await listMailboxes(h.db);
    const sac = rows.find((m) => m.name === 'SAC')!;
    expect(sac.lastTest).toMatchObject({ status: 'ok', problems: [] });
    expect(rows.find((m) => m.name === 'Financeiro')!.lastTest).toBeNull();
    expect(JSON.stringify(rows)).not.toMatch(/password/i);
  });
});

describe('simulated heartbeats and the task list', () => {
  test('report only simulated automatic tasks whose interval elapsed; the first real heartbeat ends the simulation', async () => {
    const later = new Date(now.getTime() + 200_000);
    expect(await reportSimulatedHeartbeats(h.db, later)).toBe(2); // the distributor and the e-mail reader; the report scheduler runs hourly
    expect(await reportSimulatedHeartbeats(h.db, new Date(later.getTime() + 1000))).toBe(0);
    const [sender] = await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, 'Omni - Envio de E-mail'));
    expect(sender.lastRunAt!.getTime()).toBeLessThan(now.getTime());
    let tasks = await listTasks(h.db, later);
    expect(tasks.find((x) => x.name === 'Omni - Envio de E-mail')).toMatchObject({ state: 'overdue', errorCurrent: true, hasToken: false, allowedSec: 270 });
    expect(tasks.find((x) => x.name === 'Omni - Chat Distributor')).toMatchObject({ state: 'on-time', demoSimulated: true });
    const distributor = tasks.find((x) => x.name === 'Omni - Chat Distributor')!;
    expect(await issueHeartbeatToken(h.db, distributor.id)).toMatchObject({ token: expect.stringMatching(/^st\./) });
    // Issuing the token alone keeps the simulation: the task stays on time until its service reports.
    expect(await reportSimulatedHeartbeats(h.db, new Date(later.getTime() + 60_000))).toBe(1); // the distributor (every 5 s)
    tasks = await listTasks(h.db, new Date(later.getTime() + 60_000));
    expect(tasks.find((x) => x.id === distributor.id)).toMatchObject({ state: 'on-time', demoSimulated: true, hasToken: true });
    // The first heartbeat with the token ends it: from then on only the service keeps it on time.
    await recordHeartbeat(h.db, distributor.id, { ok: true }, new Date(later.getTime() + 61_000));
    expect(await reportSimulatedHeartbeats(h.db, new Date(later.getTime() + 120_000))).toBe(0);
    tasks = await listTasks(h.db, new Date(later.getTime() + 120_000));
    expect(tasks.find((x) => x.id === distributor.id)).toMatchObject({ state: 'overdue', demoSimulated: false, hasToken: true });
    // A failed heartbeat counts as the real service's too.
    const reader = tasks.find((x) => x.name === 'Omni - Leitor de E-mail')!;
    expect(reader.demoSimulated).toBe(true);
    await issueHeartbeatToken(h.db, reader.id);
    await recordHeartbeat(h.db, reader.id, { ok: false, error: 'IMAP down' }, new Date(later.getTime() + 121_000));
    expect((await listTasks(h.db, new Date(later.getTime() + 121_000))).find((x) => x.id === reader.id)).toMatchObject({
      demoSimulated: false,
      errorCurrent: true,
      lastError: 'IMAP down',
    });
    await h.db.update(t.scheduledTasks).set({ automatic: false }).where(eq(t.scheduledTasks.id, distributor.id));
    expect((await listTasks(h.db, later)).find((x) => x.id === distributor.id)!.state).toBe('manual');
  });
});
