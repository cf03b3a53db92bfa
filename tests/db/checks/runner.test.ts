import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { runCheck } from '@/checks/runner';
import { recentRuns as recentRunsIn } from '@/checks/recent-runs';
import { scopeOf } from '@/auth/scope';
import type { CheckDefinition } from '@/checks/types';
import type { SessionUser } from '@/auth/session';
import type { Db, DbHandle } from '@/db/client';
import { getTestDb } from '../../helpers/db';

/** The latest runs of a check as an admin (every service) sees them. */
const recentRuns = (db: Db, id: string, limit: number) => recentRunsIn(db, { id, fields: [] }, scopeOf(true, []), limit);

let h: DbHandle;
let admin: SessionUser;
beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 5, attendances: 0 });
  const [u] = await h.db.select().from(t.users).where(eq(t.users.email, 'admin@demo.local'));
  admin = { id: u.id, email: u.email, name: u.name, profile: 'Administrator', permissions: ['admin:checks'], sessionId: 'x', sessionCreatedAt: new Date() };
}, 60_000);
afterAll(async () => h?.close());

const base = {
  title: { 'pt-BR': 'Teste', en: 'Test' },
  description: { 'pt-BR': 'Teste', en: 'Test' },
  input: z.object({ password: z.string().optional(), n: z.number().optional() }),
  fields: [],
  permission: 'admin:checks',
  timeLimitMs: 1000,
} as const;

const auditOf = async (target: string) => (await h.db.select().from(t.auditRecords).where(eq(t.auditRecords.target, target))).at(-1);

describe('runCheck', () => {
  test('stores the result in check_runs and writes one audit record with the input redacted', async () => {
    const def = {
      ...base,
      id: 'license-count',
      run: async () => ({ status: 'warn', summary: { 'pt-BR': 'quase', en: 'almost' }, findings: [] }),
    } as unknown as CheckDefinition;
    const r = await runCheck(def, { db: h.db, user: admin, input: { password: 'hunter2-secret', n: 3 } });
    expect(r.status).toBe('warn');
    const [row] = await recentRuns(h.db, 'license-count', 1);
    expect(row.status).toBe('warn');
    expect(row.summary).toEqual({ 'pt-BR': 'quase', en: 'almost' });
    const [stored] = await h.db.select().from(t.checkRuns).where(eq(t.checkRuns.checkId, 'license-count'));
    expect(stored.input).toEqual({ password: '[redacted]', n: 3 });
    expect(stored.runBy).toBe(admin.id);
    expect([r.outcome, stored.outcome]).toEqual(['result', 'result']);
    expect(r.runId).toBe(stored.id); // the id an escalation attaches and an alert event points at
    const again = await runCheck(def, { db: h.db, user: admin, input: {} });
    expect(again.runId).toBeGreaterThan(r.runId);
    const a = await auditOf('check:license-count');
    expect(a).toMatchObject({ action: 'check.run', outcome: 'warn', actorId: admin.id });
    expect(JSON.stringify(a)).not.toContain('hunter2-secret');
  });

  test('with audit: false (the alert sweep) stores the run and writes no audit record', async () => {
    const def = {
      ...base,
      id: 'document-availability',
      run: async () => ({ status: 'ok', summary: { 'pt-BR': 'ok', en: 'ok' }, findings: [] }),
    } as unknown as CheckDefinition;
    const before = (await h.db.select().from(t.auditRecords).where(eq(t.auditRecords.target, 'check:document-availability'))).length;
    const r = await runCheck(def, { db: h.db, user: admin, input: {}, audit: false });
    const [stored] = await h.db.select().from(t.checkRuns).where(eq(t.checkRuns.id, r.runId));
    expect(stored.checkId).toBe('document-availability');
    expect(await h.db.select().from(t.auditRecords).where(eq(t.auditRecords.target, 'check:document-availability'))).toHaveLength(before);
    await runCheck(def, { db: h.db, user: admin, input: {} });
    expect(await h.db.select().from(t.auditRecords).where(eq(t.auditRecords.target, 'check:document-availability'))).toHaveLength(before + 1);
  });

  test('reports the worst of its findings as the status, whatever the check returned', async () => {
    const finding = (status: string) => ({ status, message: { 'pt-BR': 'achado', en: 'finding' } });
    const def = {
      ...base,
      id: 'queue-availability',
      run: async () => ({ status: 'ok', summary: { 'pt-BR': 'tudo', en: 'all' }, findings: [finding('ok'), finding('warn')] }),
    } as unknown as CheckDefinition;
    const r = await runCheck(def, { db: h.db, user: admin, input: {} });
    expect(r.status).toBe('warn');
    expect((await recentRuns(h.db, 'queue-availability', 1))[0].status).toBe('warn');
    expect((await auditOf('check:queue-availability'))?.outcome).toBe('warn');
    // A failing finding under a "warn" result makes it fail; a result worse than its findings stays as it is.
    const failing = {
      ...def,
      run: async () => ({ status: 'warn', summary: { 'pt-BR': 'x', en: 'x' }, findings: [finding('fail')] }),
    } as unknown as CheckDefinition;
    expect((await runCheck(failing, { db: h.db, user: admin, input: {} })).status).toBe('fail');
    const worse = {
      ...def,
      run: async () => ({ status: 'fail', summary: { 'pt-BR': 'x', en: 'x' }, findings: [finding('ok')] }),
    } as unknown as CheckDefinition;
    expect((await runCheck(worse, { db: h.db, user: admin, input: {} })).status).toBe('fail');
  });

  test('ends with fail and says so when the time limit is reached, aborting the signal', async () => {
    let aborted = false;
    const def = {
      ...base,
      id: 'scheduler-status',
      run: ({ signal }: { signal: AbortSignal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => ((aborted = true), resolve({ status: 'ok', summary: { 'pt-BR': '', en: '' }, findings: [] })));
        }),
    } as unknown as CheckDefinition;
    const r = await runCheck(def, { db: h.db, user: admin, input: {}, timeLimitMs: 50 });
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/did not finish within its 0.1 s limit|did not finish within its 0.05 s limit/);
    expect(r.summary['pt-BR']).toMatch(/não terminou dentro do limite/);
    expect(aborted).toBe(true);
    expect((await recentRuns(h.db, 'scheduler-status', 1))[0].status).toBe('fail');
    // Stored as a fail, and known as a time limit (an alert rule may count it as bad or keep its state).
    expect(r.outcome).toBe('timeout');
    expect((await h.db.select().from(t.checkRuns).where(eq(t.checkRuns.id, r.runId)))[0].outcome).toBe('timeout');
    expect((await auditOf('check:scheduler-status'))?.outcome).toBe('fail');
  });

  test('turns a thrown error into a fail result with a code to quote, not the error text', async () => {
    const def = {
      ...base,
      id: 'mailbox-test',
      run: async () => {
        throw new TypeError('boom at step 2');
      },
    } as unknown as CheckDefinition;
    const r = await runCheck(def, { db: h.db, user: admin, input: {} });
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/unexpected error \(code [0-9a-f]{8}\)/);
    expect(r.summary.en).not.toContain('boom');
    expect(r.summary['pt-BR']).toContain('erro inesperado');
    const [row] = await recentRuns(h.db, 'mailbox-test', 1);
    expect(row.status).toBe('fail');
    expect(r.outcome).toBe('error');
    expect((await h.db.select().from(t.checkRuns).where(eq(t.checkRuns.id, r.runId)))[0].outcome).toBe('error');
  });
});
