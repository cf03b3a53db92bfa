import { defineStrings } from './define-strings';
import type { Lang } from './ui';

/** Strings of the audit trail screen (/admin/audit). */
export const auditText = defineStrings({
  title: { 'pt-BR': 'Trilha de auditoria', en: 'Audit trail' },
  intro: {
    'pt-BR': 'Quem fez o quê, quando, com quais entradas (segredos ocultados) e qual foi o resultado. Os registros não podem ser alterados nem apagados.',
    en: 'Who did what, when, with which inputs (secrets hidden) and what came of it. Records cannot be changed or deleted.',
  },
  tz: { 'pt-BR': 'Horários e datas no fuso da organização: {tz}.', en: "Times and days in the organization's time zone: {tz}." },
  actor: { 'pt-BR': 'Quem (parte do e-mail)', en: 'Who (part of the e-mail)' },
  action: { 'pt-BR': 'Ação', en: 'Action' },
  outcome: { 'pt-BR': 'Resultado', en: 'Outcome' },
  from: { 'pt-BR': 'De', en: 'From' },
  to: { 'pt-BR': 'Até', en: 'To' },
  any: { 'pt-BR': 'Todas', en: 'Any' },
  apply: { 'pt-BR': 'Filtrar', en: 'Filter' },
  clear: { 'pt-BR': 'Limpar', en: 'Clear' },
  csv: { 'pt-BR': 'Exportar CSV', en: 'Export CSV' },
  more: { 'pt-BR': 'Carregar mais', en: 'Load more' },
  loading: { 'pt-BR': 'Carregando…', en: 'Loading…' },
  empty: { 'pt-BR': 'Nenhum registro com esses filtros.', en: 'No record matches these filters.' },
  end: { 'pt-BR': 'Fim da trilha para esses filtros.', en: 'End of the trail for these filters.' },
  'col.when': { 'pt-BR': 'Quando', en: 'When' },
  'col.who': { 'pt-BR': 'Quem', en: 'Who' },
  'col.action': { 'pt-BR': 'Ação', en: 'Action' },
  'col.target': { 'pt-BR': 'Alvo', en: 'Target' },
  'col.outcome': { 'pt-BR': 'Resultado', en: 'Outcome' },
  details: { 'pt-BR': 'Detalhes', en: 'Details' },
  inputs: { 'pt-BR': 'Entradas', en: 'Inputs' },
  ip: { 'pt-BR': 'Endereço IP', en: 'IP address' },
  nobody: { 'pt-BR': '(sem conta)', en: '(no account)' },
  shown: { 'pt-BR': '{n} {n#registro mostrado|registros mostrados}', en: '{n} {n#record|records} shown' },
} as const);

/** How each stored outcome of an audit record reads (`ok`, `denied`…); an unknown one shows as stored. */
export const auditOutcomes = defineStrings({
  ok: { 'pt-BR': 'Concluída', en: 'Done' },
  denied: { 'pt-BR': 'Negada (sem permissão)', en: 'Denied (no permission)' },
  refused: { 'pt-BR': 'Recusada', en: 'Refused' },
  failed: { 'pt-BR': 'Falhou', en: 'Failed' },
  throttled: { 'pt-BR': 'Bloqueada (tentativas demais)', en: 'Blocked (too many attempts)' },
  partial: { 'pt-BR': 'Concluída com falhas em parte dos itens', en: 'Done, some items failed' },
  'not-found': { 'pt-BR': 'Não encontrado', en: 'Not found' },
  warn: { 'pt-BR': 'Concluída com alerta', en: 'Done with a warning' },
  fail: { 'pt-BR': 'Concluída com falha encontrada', en: 'Done, found a failure' },
} as const);

export function outcomeLabel(lang: Lang, stored: string): string {
  return auditOutcomes.stored(stored)[lang];
}

/** What kind of record an audit target (`kind:id`) names, in the page's language. */
export const auditTargetKinds = defineStrings({
  'bulk-request': { 'pt-BR': 'Solicitação em massa', en: 'Bulk request' },
  service: { 'pt-BR': 'Serviço', en: 'Service' },
  user: { 'pt-BR': 'Usuário', en: 'User' },
  mailbox: { 'pt-BR': 'Caixa de e-mail', en: 'Mailbox' },
  'scheduled-task': { 'pt-BR': 'Tarefa agendada', en: 'Scheduled task' },
  check: { 'pt-BR': 'Verificação', en: 'Check' },
  date: { 'pt-BR': 'Dia', en: 'Day' },
} as const);

/**
 * An audit target split for reading: its kind in the page's language and its id (a bulk
 * request's uuid shortened to 8 characters, as error codes are). A target of an unknown kind
 * reads as stored.
 */
export function targetLabel(lang: Lang, target: string): { kind: string; id: string; bulkRequestId?: string } {
  const cut = target.indexOf(':');
  const kind = cut > 0 ? target.slice(0, cut) : '';
  const id = target.slice(cut + 1);
  if (!Object.hasOwn(auditTargetKinds.table, kind)) return { kind: '', id: target };
  const label = auditTargetKinds.t(lang, kind as keyof typeof auditTargetKinds.table);
  return kind === 'bulk-request' ? { kind: label, id: id.slice(0, 8), bulkRequestId: id } : { kind: label, id };
}

/**
 * What each audited action (the endpoint's `action`, a job's run) reads as on the audit screen. The
 * stored id stays the filter's value and the CSV's column; an action missing here shows as stored.
 */
export const auditActions = defineStrings({
  'auth.login': { 'pt-BR': 'Entrada no site', en: 'Sign-in' },
  'auth.logout': { 'pt-BR': 'Saída do site', en: 'Sign-out' },
  'audit.list': { 'pt-BR': 'Consulta à trilha de auditoria', en: 'Audit trail read' },
  'audit.facets': { 'pt-BR': 'Filtros da trilha de auditoria', en: 'Audit trail filters read' },
  'audit.export': { 'pt-BR': 'Exportação da trilha de auditoria', en: 'Audit trail export' },
  'me.read': { 'pt-BR': 'Leitura da própria conta', en: 'Own account read' },
  'users.set-active': { 'pt-BR': 'Ativar ou desativar usuário', en: 'User enabled or disabled' },
  'picker.list': { 'pt-BR': 'Lista de escolha (usuários, caixas, filas)', en: 'Picker list (users, mailboxes, queues)' },
  'health.read': { 'pt-BR': 'Painel de saúde', en: 'Health dashboard' },
  'health.sweep': { 'pt-BR': 'Execução de todas as verificações (painel de saúde)', en: 'All checks run (health dashboard)' },
  'check.list': { 'pt-BR': 'Lista de verificações', en: 'Checks listed' },
  'check.run': { 'pt-BR': 'Verificação executada', en: 'Check run' },
  'check.history': { 'pt-BR': 'Histórico de uma verificação', en: 'Check history read' },
  'mailbox.list': { 'pt-BR': 'Lista de caixas de e-mail', en: 'Mailboxes listed' },
  'mailbox.read': { 'pt-BR': 'Leitura de caixa de e-mail', en: 'Mailbox read' },
  'mailbox.create': { 'pt-BR': 'Caixa de e-mail criada', en: 'Mailbox created' },
  'mailbox.update': { 'pt-BR': 'Caixa de e-mail alterada', en: 'Mailbox changed' },
  'mailbox.save': { 'pt-BR': 'Caixa de e-mail salva', en: 'Mailbox saved' },
  'mailbox.set-active': { 'pt-BR': 'Ativar ou desativar caixa de e-mail', en: 'Mailbox enabled or disabled' },
  'mailbox.enable': { 'pt-BR': 'Caixa de e-mail ativada', en: 'Mailbox enabled' },
  'mailbox.disable': { 'pt-BR': 'Caixa de e-mail desativada', en: 'Mailbox disabled' },
  'scheduler.list': { 'pt-BR': 'Lista de tarefas agendadas', en: 'Scheduled tasks listed' },
  'scheduler.heartbeat': { 'pt-BR': 'Sinal de vida de tarefa agendada', en: 'Scheduled task heartbeat' },
  'scheduler.token.issue': { 'pt-BR': 'Token de tarefa agendada emitido', en: 'Scheduled task token issued' },
  'search.record': { 'pt-BR': 'Busca registrada', en: 'Search recorded' },
  'search.opened': { 'pt-BR': 'Resultado de busca aberto', en: 'Search result opened' },
  'search.insights': { 'pt-BR': 'Painel de buscas', en: 'Search insights read' },
  'reports.interaction-history': { 'pt-BR': 'Relatório de histórico de interações', en: 'Interaction history report' },
  'reports.interaction-history.export': { 'pt-BR': 'Exportação do histórico de interações', en: 'Interaction history export' },
  'metrics.read': { 'pt-BR': 'Leitura de métricas', en: 'Metrics read' },
  'demo.status': { 'pt-BR': 'Situação da demonstração', en: 'Demo status read' },
  ready: { 'pt-BR': 'Prontidão do servidor', en: 'Server readiness' },
  live: { 'pt-BR': 'Servidor em funcionamento', en: 'Server liveness' },
  'test.clock': { 'pt-BR': 'Relógio de teste', en: 'Test clock' },
  'bulk.history': { 'pt-BR': 'Histórico de ações em lote', en: 'Bulk history read' },
  'bulk.status': { 'pt-BR': 'Situação de solicitação em lote', en: 'Bulk request status read' },
  'bulk.items': { 'pt-BR': 'Itens de solicitação em lote', en: 'Bulk request items read' },
  'bulk.events': { 'pt-BR': 'Acompanhamento de solicitação em lote', en: 'Bulk request followed' },
  'bulk.failures': { 'pt-BR': 'Falhas de solicitação em lote', en: 'Bulk request failures read' },
  'bulk.cancel': { 'pt-BR': 'Cancelamento de solicitação em lote', en: 'Bulk request cancel' },
  'bulk.user-import': { 'pt-BR': 'Importação de usuários executada', en: 'User import run' },
  'bulk.user-import.template': { 'pt-BR': 'Modelo da importação de usuários', en: 'User import template' },
  'bulk.user-import.ids': { 'pt-BR': 'Códigos para a importação de usuários', en: 'User import ids export' },
  'bulk.user-import.preview': { 'pt-BR': 'Prévia da importação de usuários', en: 'User import preview' },
  'bulk.user-import.confirm': { 'pt-BR': 'Importação de usuários confirmada', en: 'User import confirmed' },
  'bulk.user-import.created': { 'pt-BR': 'Usuários criados pela importação', en: 'Users created by an import read' },
  'bulk.user-import.cancel': { 'pt-BR': 'Importação de usuários cancelada', en: 'User import cancelled' },
  'bulk.user-migration': { 'pt-BR': 'Migração de usuários executada', en: 'User migration run' },
  'bulk.user-migration.users': { 'pt-BR': 'Usuários para migrar', en: 'Users to migrate listed' },
  'bulk.user-migration.preview': { 'pt-BR': 'Prévia da migração de usuários', en: 'User migration preview' },
  'bulk.user-migration.confirm': { 'pt-BR': 'Migração de usuários confirmada', en: 'User migration confirmed' },
  'bulk.user-migration.history': { 'pt-BR': 'Histórico de migrações de usuários', en: 'User migration history read' },
  'bulk.user-migration.return': { 'pt-BR': 'Retorno de usuários migrados', en: 'Migrated users returned' },
  'bulk.user-migration.cancel': { 'pt-BR': 'Migração de usuários cancelada', en: 'User migration cancelled' },
  'bulk.attendance-transfer': { 'pt-BR': 'Transferência de atendimentos executada', en: 'Attendance transfer run' },
  'bulk.attendance-transfer.list': { 'pt-BR': 'Atendimentos para transferir', en: 'Attendances to transfer listed' },
  'bulk.attendance-transfer.agents': { 'pt-BR': 'Operadores para receber atendimentos', en: 'Target agents listed' },
  'bulk.attendance-transfer.preview': { 'pt-BR': 'Prévia da transferência de atendimentos', en: 'Attendance transfer preview' },
  'bulk.attendance-transfer.confirm': { 'pt-BR': 'Transferência de atendimentos confirmada', en: 'Attendance transfer confirmed' },
  'bulk.attendance-transfer.cancel': { 'pt-BR': 'Transferência de atendimentos cancelada', en: 'Attendance transfer cancelled' },
  'bulk.queue-closure': { 'pt-BR': 'Encerramento de fila executado', en: 'Queue closure run' },
  'bulk.queue-closure.count': { 'pt-BR': 'Prévia do encerramento de fila', en: 'Queue closure preview' },
  'bulk.queue-closure.confirm': { 'pt-BR': 'Encerramento de fila confirmado', en: 'Queue closure confirmed' },
  'bulk.queue-closure.requests': { 'pt-BR': 'Monitor de encerramentos de fila', en: 'Queue closure monitor read' },
  'bulk.queue-closure.cancel': { 'pt-BR': 'Encerramento de fila cancelado', en: 'Queue closure cancelled' },
} as const);
