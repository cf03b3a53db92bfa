import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { jobName } from '@/i18n/admin-scheduler';
import { schedulerStatusStrings as text } from '@/i18n/check-scheduler-status';
import { perLang } from '@/i18n/localized';
import { scheduledTasks } from '@/db/schema';
import { queryRows } from '@/db/rows';
import { durationText } from '../duration-text';
import type { CheckDefinition, CheckStatus, Finding } from '../types';

/** A task is overdue when it has not run within its interval plus this grace: half the interval, at least 30 s. */
export const graceSec = (intervalSec: number) => Math.max(30, Math.ceil(intervalSec / 2));
/** A queued job older than this counts as backlog. */
const BACKLOG_SEC = 300;

const taskFix = { article: 'reference/task-scheduler', anchor: text.l('anchor.task') };
/** An external service reports its runs itself: its findings link the heartbeat article. */
const heartbeatFix = { article: 'reference/task-heartbeats', anchor: text.l('anchor.heartbeat') };
const worst = (a: CheckStatus, b: CheckStatus): CheckStatus => (a === 'fail' || b === 'fail' ? 'fail' : a === 'warn' || b === 'warn' ? 'warn' : 'ok');

/**
 * Scheduler status: every scheduled task (external services reporting heartbeats and our own
 * pg-boss schedules) — automatic or not, interval, last run, last error, overdue — and the pg-boss
 * queues' backlog and failed jobs of the last 24 hours.
 */
export const schedulerStatusCheck: CheckDefinition<z.ZodObject<{}>> = {
  id: 'scheduler-status',
  title: text.l('title'),
  description: text.l('description'),
  input: z.object({}),
  fields: [],
  permission: 'admin:checks',
  timeLimitMs: 10_000,
  async run({ db, now }) {
    const [tasks, jobs] = await Promise.all([db.select().from(scheduledTasks).orderBy(asc(scheduledTasks.name)), jobHealth(db, now)]);
    const findings: Finding[] = [];
    let status: CheckStatus = 'ok';
    let overdue = 0;
    for (const t of tasks) {
      const every = durationText(t.intervalSec);
      const sinceSec = t.lastRunAt ? (now.getTime() - t.lastRunAt.getTime()) / 1000 : Infinity;
      const ago = Number.isFinite(sinceSec) ? durationText(sinceSec) : null;
      const errorCurrent = Boolean(t.lastError && t.lastErrorAt && (!t.lastRunAt || t.lastErrorAt >= t.lastRunAt));
      // A task that never ran is measured from when it was registered.
      const idleSec = (now.getTime() - (t.lastRunAt ?? t.createdAt).getTime()) / 1000;
      const isOverdue = t.automatic && idleSec > t.intervalSec + graceSec(t.intervalSec);
      const s: CheckStatus = isOverdue ? 'fail' : errorCurrent || !t.automatic ? 'warn' : 'ok';
      if (isOverdue) overdue++;
      status = worst(status, s);
      const allowed = durationText(t.intervalSec + graceSec(t.intervalSec));
      const message = perLang((lang) => {
        const parts = [
          text.t(lang, 'every', { every: every[lang] }),
          text.t(lang, t.automatic ? 'automatic' : 'manual'),
          ago ? text.t(lang, 'lastRun', { ago: ago[lang] }) : text.t(lang, 'neverRan'),
        ];
        if (isOverdue) parts.push(text.t(lang, 'overdue', { allowed: allowed[lang] }));
        if (t.demoSimulated) parts.push(text.t(lang, 'simulated'));
        if (t.lastError) parts.push(text.t(lang, errorCurrent ? 'lastError' : 'earlierError', { error: t.lastError }));
        return parts.join('; ') + '.';
      });
      findings.push({
        status: s,
        message,
        record: { kind: t.source === 'internal' ? 'pg-boss-schedule' : 'scheduled-task', id: t.id, label: t.name, name: jobName(t.name) },
        fix: t.source === 'internal' ? taskFix : heartbeatFix,
      });
    }

    if (!jobs) {
      status = worst(status, 'warn');
      findings.push({ status: 'warn', message: text.l('noBoss') });
    } else {
      for (const name of jobs.missingSchedules) {
        status = worst(status, 'fail');
        findings.push({
          status: 'fail',
          message: perLang((lang) => text.t(lang, 'missingSchedule', { name: jobName(name)[lang] })),
          record: { kind: 'pg-boss-schedule', id: name, label: name, name: jobName(name) },
          fix: taskFix,
        });
      }
      for (const q of jobs.queues) {
        const s: CheckStatus = q.failed > 0 || q.backlog > 0 ? 'warn' : 'ok';
        status = worst(status, s);
        if (s === 'ok') continue;
        findings.push({
          status: s,
          message: perLang((lang) => text.t(lang, 'queue', { name: jobName(q.name)[lang], backlog: q.backlog, minutes: BACKLOG_SEC / 60, failed: q.failed })),
          record: { kind: 'pg-boss-queue', id: q.name, label: q.name, name: jobName(q.name) },
          fix: taskFix,
        });
      }
    }
    const problems = findings.filter((f) => f.status !== 'ok').length;
    return {
      status,
      summary: jobs
        ? text.l('summaryWithQueue', { tasks: tasks.length, overdue, problems, waiting: jobs.queues.reduce((n, q) => n + q.backlog, 0) })
        : text.l('summary', { tasks: tasks.length, overdue, problems }),
      findings,
    };
  },
};

/** pg-boss backlog and failures per queue, and internal tasks whose schedule is missing; null without pg-boss. */
async function jobHealth(db: Parameters<CheckDefinition['run']>[0]['db'], now: Date) {
  const [{ present }] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('pgboss.job') is not null and to_regclass('pgboss.schedule') is not null as present`,
  );
  if (!present) return null;
  const backlogBefore = new Date(now.getTime() - BACKLOG_SEC * 1000).toISOString();
  const failedSince = new Date(now.getTime() - 86_400_000).toISOString();
  const [queues, missing] = await Promise.all([
    queryRows<{ name: string; backlog: number; failed: number }>(
      db,
      sql`select q.name,
               (select count(*) from pgboss.job j where j.name = q.name and j.state in ('created', 'retry') and j.start_after < ${backlogBefore}::timestamptz)::int as backlog,
               (select count(*) from pgboss.job j where j.name = q.name and j.state = 'failed' and j.completed_on > ${failedSince}::timestamptz)::int as failed
          from pgboss.queue q order by q.name`,
    ),
    queryRows<{ name: string }>(
      db,
      sql`select t.name from scheduled_tasks t where t.source = 'internal' and t.automatic and not exists (select 1 from pgboss.schedule s where s.name = t.name)`,
    ),
  ]);
  return { queues, missingSchedules: missing.map((m) => m.name) };
}
