import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { jobName } from '../i18n/admin-scheduler';
import { scheduledTasks } from '../db/schema';
import { queryRows } from '../db/rows';
import { durationText } from './duration-text';
import type { CheckDefinition, CheckStatus, Finding } from './types';

/** A task is overdue when it has not run within its interval plus this grace: half the interval, at least 30 s. */
export const graceSec = (intervalSec: number) => Math.max(30, Math.ceil(intervalSec / 2));
/** A queued job older than this counts as backlog. */
const BACKLOG_SEC = 300;

const taskFix = { article: 'reference/task-scheduler', anchor: { 'pt-BR': 'o-que-cada-serviço-mostra', en: 'what-each-service-shows' } };
/** An external service reports its runs itself: its findings link the heartbeat article. */
const heartbeatFix = { article: 'reference/task-heartbeats', anchor: { 'pt-BR': 'serviço-atrasado-ou-com-erro', en: 'a-service-overdue-or-failing' } };
const worst = (a: CheckStatus, b: CheckStatus): CheckStatus => (a === 'fail' || b === 'fail' ? 'fail' : a === 'warn' || b === 'warn' ? 'warn' : 'ok');

/**
 * Scheduler status: every scheduled task (external services reporting heartbeats and our own
 * pg-boss schedules) — automatic or not, interval, last run, last error, overdue — and the pg-boss
 * queues' backlog and failed jobs of the last 24 hours.
 */
export const schedulerStatusCheck: CheckDefinition<z.ZodObject<{}>> = {
  id: 'scheduler-status',
  title: { 'pt-BR': 'Status do agendador de tarefas', en: 'Task scheduler status' },
  description: {
    'pt-BR': 'Para cada serviço agendado: se a execução é automática, o intervalo, a última execução, o último erro e se está atrasado; e a fila de trabalhos do próprio runbook (pendentes e falhas).',
    en: 'For each scheduled service: whether it runs automatically, its interval, last run, last error and whether it is overdue; and the runbook’s own job queue (backlog and failures).',
  },
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
      const pt: string[] = [`A cada ${every['pt-BR']}`, t.automatic ? 'automático' : 'execução automática DESLIGADA', ago ? `última execução há ${ago['pt-BR']}` : 'nunca executou'];
      const en: string[] = [`Every ${every.en}`, t.automatic ? 'automatic' : 'automatic execution OFF', ago ? `last run ${ago.en} ago` : 'never ran'];
      if (isOverdue) {
        pt.push(`ATRASADO (tolerância ${durationText(t.intervalSec + graceSec(t.intervalSec))['pt-BR']})`);
        en.push(`OVERDUE (allowed ${durationText(t.intervalSec + graceSec(t.intervalSec)).en})`);
      }
      if (t.demoSimulated) {
        pt.push('sinais simulados pela demonstração (nenhum serviço real informa ainda)');
        en.push('heartbeats simulated by the demo (no real service reports yet)');
      }
      if (t.lastError) {
        pt.push(`${errorCurrent ? 'último erro' : 'erro anterior, já superado'}: ${t.lastError}`);
        en.push(`${errorCurrent ? 'last error' : 'earlier error, since recovered'}: ${t.lastError}`);
      }
      findings.push({
        status: s,
        message: { 'pt-BR': pt.join('; ') + '.', en: en.join('; ') + '.' },
        record: { kind: t.source === 'internal' ? 'pg-boss-schedule' : 'scheduled-task', id: t.id, label: t.name, name: jobName(t.name) },
        fix: t.source === 'internal' ? taskFix : heartbeatFix,
      });
    }

    if (!jobs) {
      status = worst(status, 'warn');
      findings.push({ status: 'warn', message: { 'pt-BR': 'A fila de trabalhos (pg-boss) ainda não foi iniciada neste banco.', en: 'The job queue (pg-boss) has not been started on this database yet.' } });
    } else {
      for (const name of jobs.missingSchedules) {
        status = worst(status, 'fail');
        findings.push({
          status: 'fail',
          message: { 'pt-BR': `O agendamento "${jobName(name)['pt-BR']}" não está registrado no pg-boss: a tarefa não vai rodar. Reinicie o runbook.`, en: `The schedule "${jobName(name).en}" is not registered in pg-boss: the task will not run. Restart the runbook.` },
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
          message: {
            'pt-BR': `Fila "${jobName(q.name)['pt-BR']}": ${q.backlog} trabalho(s) esperando há mais de ${BACKLOG_SEC / 60} min, ${q.failed} falha(s) nas últimas 24 h.`,
            en: `Queue "${jobName(q.name).en}": ${q.backlog} job(s) waiting for more than ${BACKLOG_SEC / 60} min, ${q.failed} failure(s) in the last 24 h.`,
          },
          record: { kind: 'pg-boss-queue', id: q.name, label: q.name, name: jobName(q.name) },
          fix: taskFix,
        });
      }
    }
    const problems = findings.filter((f) => f.status !== 'ok').length;
    return {
      status,
      summary: {
        'pt-BR': `${tasks.length} tarefa(s) agendada(s), ${overdue} atrasada(s); ${problems} ponto(s) de atenção${jobs ? `; ${jobs.queues.reduce((n, q) => n + q.backlog, 0)} trabalho(s) pendente(s) na fila` : ''}.`,
        en: `${tasks.length} scheduled task(s), ${overdue} overdue; ${problems} item(s) needing attention${jobs ? `; ${jobs.queues.reduce((n, q) => n + q.backlog, 0)} job(s) waiting in the queue` : ''}.`,
      },
      findings,
    };
  },
};

/** pg-boss backlog and failures per queue, and internal tasks whose schedule is missing; null without pg-boss. */
async function jobHealth(db: Parameters<CheckDefinition['run']>[0]['db'], now: Date) {
  const [{ present }] = await queryRows<{ present: boolean }>(db, sql`select to_regclass('pgboss.job') is not null and to_regclass('pgboss.schedule') is not null as present`);
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
    queryRows<{ name: string }>(db, sql`select t.name from scheduled_tasks t where t.source = 'internal' and t.automatic and not exists (select 1 from pgboss.schedule s where s.name = t.name)`),
  ]);
  return { queues, missingSchedules: missing.map((m) => m.name) };
}
