import { defineStrings } from './define-strings';
import type { Localized } from './localized';
import type { Lang } from './ui';

/** Strings of the task scheduler screen (/admin/scheduler). */
export const schedulerText = defineStrings({
  title: { 'pt-BR': 'Agendador de tarefas', en: 'Task scheduler' },
  intro: {
    'pt-BR':
      'Os serviços que este runbook acompanha (ele só sabe de uma execução quando recebe o sinal com o token do serviço) e os agendamentos do próprio runbook. Um serviço atrasado não informa uma execução há mais tempo que o seu intervalo mais a folga.',
    en: "The services this runbook follows (it only learns of a run when it gets the heartbeat with the service's token) and the runbook's own schedules. An overdue service has not reported a run for longer than its interval plus the grace.",
  },
  article: { 'pt-BR': 'Como o monitor recebe o sinal de um serviço', en: 'How the monitor gets a service’s heartbeat' },
  refresh: { 'pt-BR': 'Atualizar', en: 'Refresh' },
  updated: { 'pt-BR': 'Atualizado em {at}', en: 'Updated at {at}' },
  'col.task': { 'pt-BR': 'Tarefa', en: 'Task' },
  'col.interval': { 'pt-BR': 'Intervalo', en: 'Interval' },
  'col.lastRun': { 'pt-BR': 'Última execução', en: 'Last run' },
  'col.state': { 'pt-BR': 'Situação', en: 'State' },
  'col.lastError': { 'pt-BR': 'Último erro', en: 'Last error' },
  'col.token': { 'pt-BR': 'Token', en: 'Token' },
  every: { 'pt-BR': 'a cada {d}', en: 'every {d}' },
  allowed: { 'pt-BR': 'atrasado após {d}', en: 'overdue after {d}' },
  ago: { 'pt-BR': 'há {d}', en: '{d} ago' },
  neverRan: { 'pt-BR': 'Nunca executou', en: 'Never ran' },
  'state.on-time': { 'pt-BR': 'Em dia', en: 'On time' },
  'state.overdue': { 'pt-BR': 'Atrasado', en: 'Overdue' },
  'state.never': { 'pt-BR': 'Ainda não rodou', en: 'Not run yet' },
  'state.manual': { 'pt-BR': 'Execução automática desligada', en: 'Automatic run off' },
  'error.current': { 'pt-BR': 'atual', en: 'current' },
  'error.recovered': { 'pt-BR': 'já superado', en: 'since recovered' },
  internal: { 'pt-BR': 'Agendamento do runbook', en: 'Runbook schedule' },
  internalToken: { 'pt-BR': 'Não precisa: roda no próprio runbook.', en: 'Not needed: runs inside the runbook.' },
  simulated: { 'pt-BR': 'Simulado pela demonstração', en: 'Simulated by the demo' },
  simulatedHint: {
    'pt-BR': 'Nenhum serviço real informa ainda: a demonstração envia os sinais. O primeiro sinal com um token desta tarefa encerra a simulação.',
    en: 'No real service reports yet: the demo sends the heartbeats. The first heartbeat with a token of this task ends the simulation.',
  },
  simulatedUntil: {
    'pt-BR': 'Simulada até o primeiro sinal com o token emitido',
    en: 'Simulated until the first heartbeat with the issued token',
  },
  hasToken: { 'pt-BR': 'Emitido', en: 'Issued' },
  noToken: { 'pt-BR': 'Nenhum', en: 'None' },
  issue: { 'pt-BR': 'Emitir token', en: 'Issue token' },
  rotate: { 'pt-BR': 'Trocar token', en: 'Rotate token' },
  issuing: { 'pt-BR': 'Emitindo…', en: 'Issuing…' },
  rotateConfirm: {
    'pt-BR': 'Trocar o token de {name}? O token atual deixa de funcionar na hora.',
    en: 'Rotate the token of {name}? The current token stops working at once.',
  },
  'token.title': { 'pt-BR': 'Token de {name}', en: 'Token of {name}' },
  'token.once': {
    'pt-BR': 'Copie agora: este token não será mostrado de novo. Guarde-o na configuração do serviço.',
    en: 'Copy it now: this token will not be shown again. Put it in the service configuration.',
  },
  'token.curl': {
    'pt-BR': 'Teste o sinal com este comando (informa uma execução bem-sucedida):',
    en: 'Test the heartbeat with this command (reports a successful run):',
  },
  'keep.title': { 'pt-BR': 'Para continuar informando', en: 'To keep reporting' },
  'keep.why': {
    'pt-BR':
      'Um sinal mantém {name} em dia por {allowed} (o intervalo de {every} mais a folga); depois a tarefa volta a atrasar. O melhor é o próprio serviço enviar o sinal a cada execução (o comando da tarefa seguido de && e o curl acima). Se ele não puder, use uma das linhas abaixo, já no intervalo da tarefa.',
    en: 'One heartbeat keeps {name} on time for {allowed} (its {every} interval plus the grace); then the task is overdue again. Best is the service itself sending it on every run (the task’s command followed by && and the curl above). If it cannot, use one of the lines below, already at the task’s interval.',
  },
  'keep.simulated': {
    'pt-BR':
      '{name} é simulada pela demonstração: a simulação continua até o primeiro sinal com este token; a partir dele, só este token mantém a tarefa em dia.',
    en: '{name} is simulated by the demo: the simulation goes on until the first heartbeat with this token; from then on only this token keeps the task on time.',
  },
  'keep.cron': { 'pt-BR': 'cron (uma linha para crontab -e, a cada {every}):', en: 'cron (one line for crontab -e, every {every}):' },
  'keep.noCron': {
    'pt-BR':
      'cron: não serve para esta tarefa. O cron roda no máximo uma vez por minuto e ela informa a cada {every}: use o timer do systemd ou o laço abaixo.',
    en: 'cron: not for this task. cron runs at most once a minute and this task reports every {every}: use the systemd timer or the loop below.',
  },
  'keep.systemd': {
    'pt-BR': 'Timer do systemd (três arquivos, depois o comando que o liga; o token fica só no arquivo de ambiente, legível apenas pelo root):',
    en: 'systemd timer (three files, then the command that starts it; the token stays in the environment file only, readable by root alone):',
  },
  'keep.file': { 'pt-BR': 'Arquivo {path}', en: 'File {path}' },
  'keep.enable': { 'pt-BR': 'Ligar o timer:', en: 'Start the timer:' },
  'keep.loop': {
    'pt-BR': 'Laço no shell (informa enquanto o terminal estiver aberto; para um teste ou uma sessão tmux):',
    en: 'Shell loop (reports while the terminal stays open; for a test or a tmux session):',
  },
  'token.failed': { 'pt-BR': 'Para informar uma falha, envie no corpo:', en: 'To report a failure, send as the body:' },
  copy: { 'pt-BR': 'Copiar', en: 'Copy' },
  copied: { 'pt-BR': 'Copiado', en: 'Copied' },
  close: { 'pt-BR': 'Fechar', en: 'Close' },
} as const);

/**
 * Names of the runbook's own jobs (pg-boss schedules and queues), which are stored under ids
 * (`purge-expired-sessions`); tasks of Omni's services are named by the organization and shown as named.
 */
export const jobNames = defineStrings({
  'purge-expired-sessions': { 'pt-BR': 'Limpeza das sessões expiradas', en: 'Expired sessions cleanup' },
  'purge-bulk-payloads': { 'pt-BR': 'Limpeza dos dados de operações em massa', en: 'Bulk operation data cleanup' },
  'purge-search-queries': { 'pt-BR': 'Limpeza das buscas registradas', en: 'Recorded searches cleanup' },
  'bulk-request': { 'pt-BR': 'Operações em massa', en: 'Bulk operations' },
  'user-migration-revert': { 'pt-BR': 'Retorno de migrações temporárias', en: 'Temporary migration returns' },
  'alert-sweep': { 'pt-BR': 'Varredura dos alertas', en: 'Alert sweep' },
  'purge-check-runs': { 'pt-BR': 'Limpeza do histórico de verificações', en: 'Check history cleanup' },
} as const);

/** A job or task name in both languages: the runbook's own jobs translated, any other as named. */
export function jobName(stored: string): Localized {
  return jobNames.stored(stored);
}

/** A job or task name as people of `lang` read it. */
export function jobLabel(lang: Lang, stored: string): string {
  return jobName(stored)[lang];
}
