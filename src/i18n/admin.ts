import { defineStrings } from './define-strings';

/** Strings shared by the administration console: the 403 page and the header's Tools menu. */
export const adminText = defineStrings({
  'forbidden.one': {
    'pt-BR': 'A conta {who} não pode abrir esta tela: falta a permissão abaixo.',
    en: 'The account {who} cannot open this screen: it lacks the permission below.',
  },
  'forbidden.anyOf': {
    'pt-BR': 'A conta {who} não pode abrir esta tela: ela precisa de uma destas permissões.',
    en: 'The account {who} cannot open this screen: it needs one of these permissions.',
  },
  'forbidden.ask': {
    'pt-BR': 'Peça a um administrador que conceda a permissão ao seu perfil, time ou grupo.',
    en: 'Ask an administrator to grant the permission to your profile, team or group.',
  },
  'forbidden.home': { 'pt-BR': 'Voltar ao início', en: 'Back to the home page' },
  'gate.signIn': { 'pt-BR': 'Entrar para continuar', en: 'Sign in to continue' },
  'tools.label': { 'pt-BR': 'Ferramentas', en: 'Tools' },
  'tools.health': { 'pt-BR': 'Painel de saúde', en: 'Health dashboard' },
  'tools.mailboxes': { 'pt-BR': 'Caixas de e-mail', en: 'Mailboxes' },
  'tools.scheduler': { 'pt-BR': 'Agendador de tarefas', en: 'Task scheduler' },
  'tools.users': { 'pt-BR': 'Usuários', en: 'Users' },
  'tools.alerts': { 'pt-BR': 'Alertas', en: 'Alerts' },
  'tools.audit': { 'pt-BR': 'Trilha de auditoria', en: 'Audit trail' },
  'tools.search': { 'pt-BR': 'Buscas sem resultado', en: 'Search insights' },
  'tools.import': { 'pt-BR': 'Importar usuários', en: 'Import users' },
  'tools.migrate': { 'pt-BR': 'Migrar usuários', en: 'Migrate users' },
  'tools.transfer': { 'pt-BR': 'Transferir atendimentos', en: 'Transfer attendances' },
  'tools.closeQueue': { 'pt-BR': 'Encerrar fila', en: 'Close a queue' },
  'tools.queueMonitor': { 'pt-BR': 'Monitor de encerramentos', en: 'Closure monitor' },
  'tools.bulkHistory': { 'pt-BR': 'Histórico de ações em lote', en: 'Bulk action history' },
  'tools.report': { 'pt-BR': 'Relatório de interações', en: 'Interaction report' },
  'tools.escalations': { 'pt-BR': 'Escalonamentos', en: 'Escalations' },
  'tools.group.admin': { 'pt-BR': 'Administração', en: 'Administration' },
  'tools.group.bulk': { 'pt-BR': 'Ações em lote', en: 'Bulk actions' },
  'tools.group.reports': { 'pt-BR': 'Relatórios', en: 'Reports' },
} as const);
