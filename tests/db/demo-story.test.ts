import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { startJobs, type Jobs } from '@/jobs/boss';
import { runAllChecks, type HealthReport } from '@/health/run-all';
import type { Finding } from '@/checks/types';
import { getTestDb } from '../helpers/db';
import { sessionUserFor } from '../helpers/check-context';
import { eq } from 'drizzle-orm';
import { scheduledTasks } from '@/db/schema';
import { runCheck } from '@/checks/runner';
import { schedulerStatusCheck } from '@/checks/definitions/scheduler-status';
import { reportSimulatedHeartbeats } from '@/demo/simulated-heartbeats';
import { recordHeartbeat } from '@/scheduler/record-heartbeat';
import { issueHeartbeatToken } from '@/scheduler/tokens';

/**
 * The demo tells a story: a fresh demo is healthy except for one deliberate fault per
 * troubleshooting family, each linking the article section that explains it (README, "The demo
 * story"). This runs the dashboard's sweep on a fresh demo of `npm start`'s size.
 */
let h: DbHandle;
let jobs: Jobs;
let report: HealthReport;

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 60, attendances: 400 });
  jobs = await startJobs(h); // registers the internal schedule the scheduler check looks for
  report = await runAllChecks(h.db, await sessionUserFor(h.db, 'admin@demo.local'), { sweep: true });
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

type Problem = { check: string; status: string; record?: string; fix?: Finding['fix'] };

function problems(): Problem[] {
  return report.checks.flatMap((c) =>
    'skipped' in c ? [] : c.findings.filter((f) => f.status !== 'ok').map((f) => ({ check: c.checkId, status: f.status, record: f.record?.label, fix: f.fix })),
  );
}

/** The heading ids of an article in a language, as Starlight makes them (github-slugger). */
function anchorsOf(article: string, lang: 'pt-BR' | 'en'): string[] {
  const text = readFileSync(`src/content/docs/${lang === 'en' ? 'en/' : ''}${article}.mdx`, 'utf8');
  const slugger = new GithubSlugger();
  return [...text.matchAll(/^#{2,4}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]));
}

describe('the demo story', () => {
  test('reports only the deliberate faults, one per troubleshooting family', () => {
    const byCheck = Object.fromEntries(report.checks.map((c) => [c.checkId, 'skipped' in c ? 'skipped' : c.status]));
    expect(byCheck).toMatchObject({
      'mailbox-test': 'fail',
      'scheduler-status': 'fail',
      // Its idle-user findings are warnings, and a check's status is the worst of its findings.
      'license-count': 'warn',
      'queue-availability': 'warn',
      'chat-distribution': 'ok',
      'mailbox-rules': 'warn',
      'survey-validity': 'fail',
    });
    const found = new Set(problems().map((p) => `${p.check} ${p.status} ${p.record ?? ''}`.trim()));
    const idle = problems().filter((p) => p.check === 'license-count' && p.record);
    expect(idle.length).toBeGreaterThan(0);
    expect(idle.length).toBeLessThanOrEqual(5);
    expect([...found].filter((f) => !f.startsWith('license-count warn'))).toEqual([
      'mailbox-test fail SAC <sac@empresa-demo.example>',
      'scheduler-status fail Omni - Envio de E-mail',
      'queue-availability warn Ouvidoria Chat',
      'mailbox-rules warn SAC <sac@empresa-demo.example>',
      'survey-validity fail NPS trimestral',
    ]);
  });

  test('every fault links an article section that exists in both languages', () => {
    for (const p of problems()) {
      expect(p.fix, `${p.check} ${p.record}`).toBeDefined();
      for (const lang of ['pt-BR', 'en'] as const) {
        expect(p.fix!.anchor, `${p.check} ${p.record}`).toBeDefined();
        expect(anchorsOf(p.fix!.article, lang), `${p.check} → ${p.fix!.article} (${lang})`).toContain(p.fix!.anchor![lang]);
      }
    }
  });
});

describe('following the scheduler fix of the demo story', () => {
  // Issue 22: one heartbeat held the e-mail sender for 4.5 minutes, then the dashboard was red again;
  // and issuing a simulated task a token ended its simulation before any real heartbeat.
  test('tokens issued to every service keep the simulated ones on time; the sender stays on time while it keeps reporting, and only then', async () => {
    const tasks = await h.db.select().from(scheduledTasks).where(eq(scheduledTasks.source, 'external'));
    for (const t of tasks) expect(await issueHeartbeatToken(h.db, t.id)).toMatchObject({ token: expect.any(String) });
    const sender = tasks.find((t) => t.name === 'Omni - Envio de E-mail')!;
    const user = await sessionUserFor(h.db, 'admin@demo.local');
    const status = async (at: Date) => {
      const run = await runCheck(schedulerStatusCheck, { db: h.db, user, input: {}, now: at });
      return Object.fromEntries(run.findings.filter((f) => f.record?.kind === 'scheduled-task').map((f) => [f.record!.label, f.status]));
    };
    const start = Date.now();
    // The demo's tick and the sender's reports (what the panel's cron line does every 3 min), over 30 min.
    await recordHeartbeat(h.db, sender.id, { ok: true }, new Date(start));
    for (let s = 0; s <= 1800; s += 5) {
      const at = new Date(start + s * 1000);
      await reportSimulatedHeartbeats(h.db, at);
      if (s % 180 === 0) await recordHeartbeat(h.db, sender.id, { ok: true }, at);
      if (s % 300 === 0) expect(Object.values(await status(at)), `after ${s} s`).toEqual(['ok', 'ok', 'ok', 'ok']);
    }
    // Stop reporting: after the interval plus grace (3 min + 1.5 min) the sender is overdue again.
    const last = start + 1800_000;
    expect((await status(new Date(last + 270_000)))['Omni - Envio de E-mail']).toBe('ok');
    expect((await status(new Date(last + 271_000)))['Omni - Envio de E-mail']).toBe('fail');
  }, 120_000);
});
