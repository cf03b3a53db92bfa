import { defineStrings } from './define-strings';

/** Texts of the scheduler status check (src/checks/scheduler-status.ts): title, the parts of a task's finding, queues, summary, anchors. */
export const schedulerStatusStrings = defineStrings({
  title: { 'pt-BR': 'Status do agendador de tarefas', en: 'Task scheduler status' },
  description: {
    'pt-BR':
      'Para cada serviço agendado: se a execução é automática, o intervalo, a última execução, o último erro e se está atrasado; e a fila de trabalhos do próprio runbook (pendentes e falhas).',
    en: 'For each scheduled service: whether it runs automatically, its interval, last run, last error and whether it is overdue; and the runbook’s own job queue (backlog and failures).',
  },
  'anchor.task': { 'pt-BR': 'o-que-cada-serviço-mostra', en: 'what-each-service-shows' },
  'anchor.heartbeat': { 'pt-BR': 'serviço-atrasado-ou-com-erro', en: 'a-service-overdue-or-failing' },
  every: { 'pt-BR': 'A cada {every}', en: 'Every {every}' },
  automatic: { 'pt-BR': 'automático', en: 'automatic' },
  manual: { 'pt-BR': 'execução automática DESLIGADA', en: 'automatic execution OFF' },
  lastRun: { 'pt-BR': 'última execução há {ago}', en: 'last run {ago} ago' },
  neverRan: { 'pt-BR': 'nunca executou', en: 'never ran' },
  overdue: { 'pt-BR': 'ATRASADO (tolerância {allowed})', en: 'OVERDUE (allowed {allowed})' },
  simulated: {
    'pt-BR': 'sinais simulados pela demonstração (nenhum serviço real informa ainda)',
    en: 'heartbeats simulated by the demo (no real service reports yet)',
  },
  lastError: { 'pt-BR': 'último erro: {error}', en: 'last error: {error}' },
  earlierError: { 'pt-BR': 'erro anterior, já superado: {error}', en: 'earlier error, since recovered: {error}' },
  noBoss: {
    'pt-BR': 'A fila de trabalhos (pg-boss) ainda não foi iniciada neste banco.',
    en: 'The job queue (pg-boss) has not been started on this database yet.',
  },
  missingSchedule: {
    'pt-BR': 'O agendamento "{name}" não está registrado no pg-boss: a tarefa não vai rodar. Reinicie o runbook.',
    en: 'The schedule "{name}" is not registered in pg-boss: the task will not run. Restart the runbook.',
  },
  queue: {
    'pt-BR':
      'Fila "{name}": {backlog} {backlog#trabalho esperando|trabalhos esperando} há mais de {minutes} min, {failed} {failed#falha|falhas} nas últimas 24 h.',
    en: 'Queue "{name}": {backlog} {backlog#job|jobs} waiting for more than {minutes} min, {failed} {failed#failure|failures} in the last 24 h.',
  },
  summary: {
    'pt-BR': '{tasks} {tasks#tarefa agendada|tarefas agendadas}, {overdue} {overdue#atrasada|atrasadas}; {problems} {problems#ponto|pontos} de atenção.',
    en: '{tasks} scheduled {tasks#task|tasks}, {overdue} overdue; {problems} {problems#item needs|items need} attention.',
  },
  summaryWithQueue: {
    'pt-BR':
      '{tasks} {tasks#tarefa agendada|tarefas agendadas}, {overdue} {overdue#atrasada|atrasadas}; {problems} {problems#ponto|pontos} de atenção; {waiting} {waiting#trabalho pendente|trabalhos pendentes} na fila.',
    en: '{tasks} scheduled {tasks#task|tasks}, {overdue} overdue; {problems} {problems#item needs|items need} attention; {waiting} {waiting#job|jobs} waiting in the queue.',
  },
} as const);
