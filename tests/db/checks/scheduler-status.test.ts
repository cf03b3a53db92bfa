import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { schedulerStatusCheck } from '@/checks/definitions/scheduler-status';
import { startJobs, type Jobs } from '@/jobs/boss';
import { registerSessionPurge, runSessionPurge, SESSION_PURGE } from '@/jobs/session-purge';
import { createSession } from '@/auth/session';
import { issueHeartbeatToken, taskForToken } from '@/scheduler/tokens';
import type { CheckContext, CheckResult } from '@/checks/types';
import { jobName } from '@/i18n/admin-scheduler';
import type { DbHandle } from '@/db/client';
import { getTestDb } from '../../helpers/db';

let h: DbHandle;
let jobs: Jobs;
const now = new Date();
const ago = (s: number) => new Date(now.getTime() - s * 1000);

beforeAll(async () => {
  h = await getTestDb();
  jobs = await startJobs(h);
  await h.db.insert(t.scheduledTasks).values([
    { name: 'Omni - Chat Distributor', intervalSec: 5, lastRunAt: ago(3) },
    { name: 'Omni - Leitor de E-mail', intervalSec: 180, lastRunAt: ago(60) },
    {
      name: 'Omni - Envio de E-mail',
      intervalSec: 180,
      lastRunAt: ago(2400),
      lastError: 'SMTP 535 5.7.8 Authentication credentials invalid',
      lastErrorAt: ago(2400),
    },
    { name: 'Omni - Relatórios Agendados', intervalSec: 3600, automatic: false, lastRunAt: ago(86_400) },
    { name: 'Omni - Nunca rodou', intervalSec: 60, createdAt: ago(600) },
  ]);
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

const run = (at = now): Promise<CheckResult> => schedulerStatusCheck.run({ db: h.db, now: at, signal: new AbortController().signal } as CheckContext, {});
const finding = (r: CheckResult, label: string) => r.findings.find((f) => f.record?.label === label)!;

describe('scheduler-status', () => {
  test('reports each task: automatic or not, interval, last run, last error, overdue', async () => {
    const r = await run();
    expect(r.status).toBe('fail');
    expect(finding(r, 'Omni - Chat Distributor')).toMatchObject({ status: 'ok', message: { en: 'Every 5 s; automatic; last run 3 s ago.' } });
    expect(finding(r, 'Omni - Envio de E-mail').status).toBe('fail');
    expect(finding(r, 'Omni - Envio de E-mail').message.en).toBe(
      'Every 3 min; automatic; last run 40 min ago; OVERDUE (allowed 4 min 30 s); last error: SMTP 535 5.7.8 Authentication credentials invalid.',
    );
    expect(finding(r, 'Omni - Envio de E-mail').message['pt-BR']).toContain('ATRASADO');
    expect(finding(r, 'Omni - Relatórios Agendados')).toMatchObject({ status: 'warn' });
    expect(finding(r, 'Omni - Relatórios Agendados').message.en).toContain('automatic execution OFF');
    expect(finding(r, 'Omni - Nunca rodou').message.en).toContain('never ran; OVERDUE');
    expect(r.summary.en).toMatch(/^10 scheduled tasks, 2 overdue/); // five above + the session, bulk payload, search insights and check history purges and the alert sweep
  });

  test('turns the chat distributor overdue 36 s after its last run (5 s interval + 30 s grace)', async () => {
    expect(finding(await run(new Date(now.getTime() + 31_000)), 'Omni - Chat Distributor').status).toBe('ok');
    expect(finding(await run(new Date(now.getTime() + 34_000)), 'Omni - Chat Distributor').status).toBe('fail');
  });

  test('includes our pg-boss schedule (hourly session purge) and records its runs', async () => {
    let f = finding(await run(), SESSION_PURGE);
    expect(f.record!.kind).toBe('pg-boss-schedule');
    expect(f).toMatchObject({ status: 'ok', message: { en: 'Every 1 h; automatic; never ran.' } }); // registered just now
    const [u] = await h.db.insert(t.profiles).values({ name: 'P' }).returning();
    const [user] = await h.db.insert(t.users).values({ name: 'A', email: 'a@x.test', phone: '1', passwordHash: 'x', profileId: u.id }).returning();
    await createSession(h.db, user.id, 1, new Date(now.getTime() - 3_600_000));
    expect(await runSessionPurge(h.db, now)).toBe(1);
    f = finding(await run(), SESSION_PURGE);
    expect(f.status).toBe('ok');
    expect(f.message.en).toBe('Every 1 h; automatic; last run 0 s ago.');
  });

  test('registering the purge again (a restart, a second instance) keeps one task and one schedule', async () => {
    await registerSessionPurge(jobs.boss, h.db);
    expect(await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, SESSION_PURGE))).toHaveLength(1);
    expect((await jobs.boss.getSchedules(SESSION_PURGE)).map((x) => x.cron)).toEqual(['0 * * * *']);
  });

  test('fails when an internal task has lost its pg-boss schedule', async () => {
    await jobs.boss.unschedule(SESSION_PURGE);
    const r = await run();
    // The finding names the task as a person reads it, in both languages; the job id stays in the record.
    const lost = r.findings.find((x) => x.record?.kind === 'pg-boss-schedule' && x.record.id === SESSION_PURGE)!;
    expect(lost.message.en).toContain(`"${jobName(SESSION_PURGE).en}" is not registered in pg-boss`);
    expect(lost.message['pt-BR']).toContain(`"${jobName(SESSION_PURGE)['pt-BR']}" não está registrado`);
    expect(lost.message['pt-BR']).not.toContain(SESSION_PURGE);
    await jobs.boss.schedule(SESSION_PURGE, '0 * * * *', null, { tz: 'UTC' });
    expect((await run()).findings.some((x) => x.message.en.includes('is not registered'))).toBe(false);
  });

  test('warns about failed jobs of the last 24 hours', async () => {
    await jobs.boss.createQueue('probe-test');
    await jobs.boss.send('probe-test', { n: 1 }, { retryLimit: 0 });
    const [job] = await jobs.boss.fetch('probe-test');
    await jobs.boss.fail('probe-test', job.id, { message: 'boom' });
    const f = (await run()).findings.find((x) => x.record?.id === 'probe-test')!;
    expect(f.status).toBe('warn');
    expect(f.message.en).toBe('Queue "probe-test": 0 jobs waiting for more than 5 min, 1 failure in the last 24 h.');
  });
});

describe('heartbeat tokens', () => {
  test('a token identifies its task; rotating it revokes the previous one; only the hash is stored', async () => {
    const [task] = await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, 'Omni - Chat Distributor'));
    const token = async () => {
      const issued = await issueHeartbeatToken(h.db, task.id);
      if (typeof issued !== 'object') throw new Error(`no token: ${issued}`);
      return issued.token;
    };
    const first = await token();
    expect((await taskForToken(h.db, first))?.id).toBe(task.id);
    const second = await token();
    expect(await taskForToken(h.db, first)).toBeNull();
    expect((await taskForToken(h.db, second))?.id).toBe(task.id);
    const [row] = await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.id, task.id));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(second);
    expect(await taskForToken(h.db, `st.${task.id}.forged-token-forged-token`)).toBeNull();
    expect(await issueHeartbeatToken(h.db, 999_999)).toBe('not-found');
  });

  test('our own jobs get no token, and a token stored for one before is refused', async () => {
    const [purge] = await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, 'purge-expired-sessions'));
    expect(purge.source).toBe('internal');
    expect(await issueHeartbeatToken(h.db, purge.id)).toBe('internal');
    expect((await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.id, purge.id)))[0].tokenHash).toBeNull();
    // A token written for it by an older version stops working.
    const [ext] = await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.name, 'Omni - Chat Distributor'));
    const issued = await issueHeartbeatToken(h.db, ext.id);
    const forged = typeof issued === 'object' ? issued.token.replace(`st.${ext.id}.`, `st.${purge.id}.`) : '';
    const [row] = await h.db.select().from(t.scheduledTasks).where(eq(t.scheduledTasks.id, ext.id));
    await h.db
      .update(t.scheduledTasks)
      .set({ tokenHash: createHash('sha256').update(forged).digest('hex') })
      .where(eq(t.scheduledTasks.id, purge.id));
    expect(row.tokenHash).not.toBeNull();
    expect(await taskForToken(h.db, forged)).toBeNull();
  });
});
