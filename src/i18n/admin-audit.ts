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
  checks: { 'pt-BR': 'Mostrar também as execuções de verificações', en: 'Also show check runs' },
  'checks.hint': {
    'pt-BR': 'Sem esta opção, a trilha mostra só as mudanças e ações; cada execução continua no histórico da sua verificação.',
    en: "Without this option the trail shows changes and actions only; each run stays in its check's history.",
  },
  changes: { 'pt-BR': 'O que mudou', en: 'What changed' },
  'col.field': { 'pt-BR': 'Campo', en: 'Field' },
  'col.before': { 'pt-BR': 'Antes', en: 'Before' },
  'col.after': { 'pt-BR': 'Depois', en: 'After' },
  secretChanged: { 'pt-BR': 'alterada', en: 'changed' },
  yes: { 'pt-BR': 'sim', en: 'yes' },
  no: { 'pt-BR': 'não', en: 'no' },
  emptyValue: { 'pt-BR': '(vazio)', en: '(empty)' },
  noGroups: { 'pt-BR': 'nenhum', en: 'none' },
} as const);

/**
 * A target as named on the trail: a bulk request by its kind and short id ("Solicitação de migração
 * 1eb6a46b"), a mailbox, service or task by its kind and name ("Caixa SAC"); a user reads as
 * "Name <e-mail>" and a check as its title.
 */
export const auditTargetNames = defineStrings({
  request: { 'pt-BR': '{kind} {id}', en: '{kind} {id}' },
  'request.user-import': { 'pt-BR': 'Solicitação de importação', en: 'Import request' },
  'request.user-migration': { 'pt-BR': 'Solicitação de migração', en: 'Migration request' },
  'request.attendance-transfer': { 'pt-BR': 'Solicitação de transferência', en: 'Transfer request' },
  'request.queue-closure': { 'pt-BR': 'Solicitação de encerramento de fila', en: 'Queue closure request' },
  'request.other': { 'pt-BR': 'Solicitação em massa', en: 'Bulk request' },
  mailbox: { 'pt-BR': 'Caixa {name}', en: 'Mailbox {name}' },
  service: { 'pt-BR': 'Serviço {name}', en: 'Service {name}' },
  'scheduled-task': { 'pt-BR': 'Tarefa {name}', en: 'Task {name}' },
} as const);

/** The fields a change names (`details.changes[].field`); an unknown one reads as stored. */
export const auditFields = defineStrings({
  name: { 'pt-BR': 'Nome', en: 'Name' },
  address: { 'pt-BR': 'Endereço', en: 'Address' },
  imapHost: { 'pt-BR': 'Servidor IMAP', en: 'IMAP server' },
  imapPort: { 'pt-BR': 'Porta IMAP', en: 'IMAP port' },
  imapSecurity: { 'pt-BR': 'Segurança IMAP', en: 'IMAP security' },
  imapUser: { 'pt-BR': 'Usuário IMAP', en: 'IMAP login' },
  imapPassword: { 'pt-BR': 'Senha IMAP', en: 'IMAP password' },
  folder: { 'pt-BR': 'Pasta', en: 'Folder' },
  smtpHost: { 'pt-BR': 'Servidor SMTP', en: 'SMTP server' },
  smtpPort: { 'pt-BR': 'Porta SMTP', en: 'SMTP port' },
  smtpSecurity: { 'pt-BR': 'Segurança SMTP', en: 'SMTP security' },
  smtpUser: { 'pt-BR': 'Usuário SMTP', en: 'SMTP login' },
  smtpPassword: { 'pt-BR': 'Senha SMTP', en: 'SMTP password' },
  active: { 'pt-BR': 'Ativo', en: 'Active' },
  token: { 'pt-BR': 'Token de sinal de vida', en: 'Heartbeat token' },
  demoSimulated: { 'pt-BR': 'Simulada pela demonstração', en: 'Simulated by the demo' },
  profile: { 'pt-BR': 'Perfil', en: 'Profile' },
  groups: { 'pt-BR': 'Grupos', en: 'Groups' },
  service: { 'pt-BR': 'Serviço', en: 'Service' },
  assignedTo: { 'pt-BR': 'Atendimentos entregues a', en: 'Attendances given to' },
} as const);

/** Actions whose label says the direction (from the record's inputs): "Desativou usuário", "Reativou usuário". */
export const auditDirections = defineStrings({
  'users.set-active:on': { 'pt-BR': 'Reativou usuário', en: 'Reactivated a user' },
  'users.set-active:off': { 'pt-BR': 'Desativou usuário', en: 'Deactivated a user' },
  'users.set-active:on:attempt': { 'pt-BR': 'Tentou reativar usuário', en: 'Tried to reactivate a user' },
  'users.set-active:off:attempt': { 'pt-BR': 'Tentou desativar usuário', en: 'Tried to deactivate a user' },
  'users.update-access:attempt': { 'pt-BR': 'Tentou alterar perfil ou grupos de usuário', en: "Tried to change a user's profile or groups" },
} as const);

/** An action as the trail reads it: with its direction when it has one, else its label (or the id as stored). */
export function actionLabel(lang: Lang, r: { action: string; inputs?: unknown; outcome: string }): string {
  const active = r.inputs && typeof r.inputs === 'object' ? (r.inputs as { active?: unknown }).active : undefined;
  if (r.action === 'users.set-active' && typeof active === 'boolean') {
    return auditDirections.t(lang, `users.set-active:${active ? 'on' : 'off'}${r.outcome === 'ok' ? '' : ':attempt'}` as keyof typeof auditDirections.table);
  }
  if (r.action === 'users.update-access' && r.outcome !== 'ok') return auditDirections.t(lang, 'users.update-access:attempt');
  return auditActions.stored(r.action)[lang];
}

/** A value before or after a change, as read: yes/no, a list, "(empty)". */
export function changeValue(lang: Lang, v: unknown): string {
  if (v === true) return auditText.t(lang, 'yes');
  if (v === false) return auditText.t(lang, 'no');
  if (Array.isArray(v)) return v.length ? v.join(', ') : auditText.t(lang, 'noGroups');
  if (v == null || v === '') return auditText.t(lang, 'emptyValue');
  return String(v);
}

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
  article: { 'pt-BR': 'Artigo', en: 'Article' },
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
  'users.update-access': { 'pt-BR': 'Alterou perfil ou grupos de usuário', en: "Changed a user's profile or groups" },
  'users.list': { 'pt-BR': 'Lista de usuários', en: 'Users listed' },
  'users.facets': { 'pt-BR': 'Filtros da tela de usuários', en: 'Users screen filters read' },
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
  'article.feedback': { 'pt-BR': 'Voto em "Este artigo ajudou?"', en: 'Vote on "Did this article help?"' },
  'escalation.create': { 'pt-BR': 'Caso escalado', en: 'Case escalated' },
  'escalation.list': { 'pt-BR': 'Lista de escalonamentos', en: 'Escalations listed' },
  'escalation.read': { 'pt-BR': 'Escalonamento aberto', en: 'Escalation read' },
  'escalation.note': { 'pt-BR': 'Nota no escalonamento', en: 'Escalation note' },
  'escalation.own-runs': { 'pt-BR': 'Verificações para escalar', en: 'Runs offered to escalate' },
  'escalation.rerun': { 'pt-BR': 'Verificação do escalonamento refeita', en: 'Escalation check re-run' },
  'escalation.status': { 'pt-BR': 'Situação do escalonamento', en: 'Escalation status changed' },
  'alert.contact.list': { 'pt-BR': 'Contatos de alerta listados', en: 'Alert contacts listed' },
  'alert.contact.create': { 'pt-BR': 'Criou contato de alerta', en: 'Created an alert contact' },
  'alert.contact.update': { 'pt-BR': 'Alterou contato de alerta', en: 'Changed an alert contact' },
  'alert.contact.delete': { 'pt-BR': 'Excluiu contato de alerta', en: 'Deleted an alert contact' },
  'alert.contact.test': { 'pt-BR': 'Enviou teste a um contato de alerta', en: 'Sent a test to an alert contact' },
  'alert.rule.list': { 'pt-BR': 'Regras de alerta listadas', en: 'Alert rules listed' },
  'alert.rule.create': { 'pt-BR': 'Criou regra de alerta', en: 'Created an alert rule' },
  'alert.rule.update': { 'pt-BR': 'Alterou regra de alerta', en: 'Changed an alert rule' },
  'alert.rule.delete': { 'pt-BR': 'Excluiu regra de alerta', en: 'Deleted an alert rule' },
  'alert.rule.simulate': { 'pt-BR': 'Simulou regra de alerta', en: 'Simulated an alert rule' },
  'alert.rule.history': { 'pt-BR': 'Linha do tempo de regra de alerta', en: 'Alert rule timeline read' },
  'alert.silence.list': { 'pt-BR': 'Silêncios listados', en: 'Silences listed' },
  'alert.silence.create': { 'pt-BR': 'Silenciou alerta', en: 'Silenced an alert' },
  'alert.silence.end': { 'pt-BR': 'Encerrou silêncio', en: 'Ended a silence' },
  'alert.state.ack': { 'pt-BR': 'Reconheceu alerta', en: 'Acknowledged an alert' },
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
