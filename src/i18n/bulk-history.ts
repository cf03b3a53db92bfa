import { defineStrings } from './define-strings';

/** Strings of the bulk history (/bulk/history) and of one request's status page (/bulk/request). */
export const historyText = defineStrings({
  title: { 'pt-BR': 'Histórico de ações em lote', en: 'Bulk action history' },
  intro: {
    'pt-BR':
      'Todas as solicitações em lote (importação, migração, transferência, encerramento de fila) dos serviços que você administra, e as suas. Abra uma para acompanhar o andamento e ver as falhas.',
    en: 'Every bulk request (import, migration, transfer, queue closure) of the services you manage, and your own. Open one to follow its progress and see its failures.',
  },
  link: { 'pt-BR': 'Histórico de todas as ações em lote', en: 'History of every bulk action' },
  kind: { 'pt-BR': 'Tipo', en: 'Kind' },
  state: { 'pt-BR': 'Situação', en: 'State' },
  from: { 'pt-BR': 'De', en: 'From' },
  to: { 'pt-BR': 'Até', en: 'To' },
  any: { 'pt-BR': 'Todos', en: 'Any' },
  apply: { 'pt-BR': 'Filtrar', en: 'Filter' },
  more: { 'pt-BR': 'Carregar mais', en: 'Load more' },
  empty: { 'pt-BR': 'Nenhuma solicitação com esses filtros.', en: 'No request matches these filters.' },
  tz: { 'pt-BR': 'Horários no fuso da organização: {tz}.', en: "Times in the organization's time zone: {tz}." },
  'kind.user-import': { 'pt-BR': 'Importação de usuários', en: 'User import' },
  'kind.user-migration': { 'pt-BR': 'Migração de usuários', en: 'User migration' },
  'kind.attendance-transfer': { 'pt-BR': 'Transferência de atendimentos', en: 'Attendance transfer' },
  'kind.queue-closure': { 'pt-BR': 'Encerramento de fila', en: 'Queue closure' },
  'col.when': { 'pt-BR': 'Quando', en: 'When' },
  'col.who': { 'pt-BR': 'Quem', en: 'Who' },
  'col.kind': { 'pt-BR': 'Tipo', en: 'Kind' },
  'col.service': { 'pt-BR': 'Serviço', en: 'Service' },
  'col.state': { 'pt-BR': 'Situação', en: 'State' },
  'col.counts': { 'pt-BR': 'Itens', en: 'Items' },
  'col.open': { 'pt-BR': 'Abrir', en: 'Open' },
  counts: { 'pt-BR': '{processed} de {total}; {failed} com falha', en: '{processed} of {total}; {failed} failed' },
  allServices: { 'pt-BR': 'Toda a organização', en: 'Whole organization' },
  /** The link to a request's page while it is waiting or running, and once it ended. */
  follow: { 'pt-BR': 'Acompanhar', en: 'Follow' },
  openEnded: { 'pt-BR': 'Abrir', en: 'Open' },
  failures: { 'pt-BR': 'Falhas (CSV)', en: 'Failures (CSV)' },
  'request.title': { 'pt-BR': 'Solicitação em lote', en: 'Bulk request' },
  'request.back': { 'pt-BR': 'Voltar ao histórico', en: 'Back to the history' },
  'request.bad': {
    'pt-BR': 'Endereço sem uma solicitação válida. Abra a solicitação a partir do histórico.',
    en: 'This address names no valid request. Open the request from the history.',
  },
  'request.meta': { 'pt-BR': '{kind} · {service} · pedida por {who} em {at}', en: '{kind} · {service} · requested by {who} on {at}' },
} as const);
