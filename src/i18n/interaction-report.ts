import { defineStrings } from './define-strings';

/** Strings of the interaction history report (filters, columns, CSV headers), both languages. */
export const reportStrings = defineStrings({
  title: { 'pt-BR': 'Relatório de rastreamento de interações', en: 'Interaction tracking report' },
  intro: {
    'pt-BR': 'O histórico de cada atendimento: criação, transferências e finalização, com a tabulação, quem pediu e quando.',
    en: 'The history of each attendance: creation, transfers and finishing, with the tabulation, who asked for it and when.',
  },
  protocol: { 'pt-BR': 'Protocolo', en: 'Protocol' },
  service: { 'pt-BR': 'Serviço', en: 'Service' },
  anyService: { 'pt-BR': 'Todos os serviços', en: 'All services' },
  from: { 'pt-BR': 'De', en: 'From' },
  to: { 'pt-BR': 'Até', en: 'To' },
  tabulation: { 'pt-BR': 'Tabulação', en: 'Tabulation' },
  anyTabulation: { 'pt-BR': 'Todas as tabulações', en: 'All tabulations' },
  search: { 'pt-BR': 'Gerar relatório', en: 'Run report' },
  loading: { 'pt-BR': 'Gerando o relatório…', en: 'Running the report…' },
  shown: {
    'pt-BR': '{n} {n#evento|eventos} nesta página. Horários no fuso da organização ({tz}).',
    en: '{n} {n#event|events} on this page. Times in the organization’s time zone ({tz}).',
  },
  byRequest: { 'pt-BR': 'Mostrando só os eventos de um pedido em lote.', en: 'Showing only the events of one bulk request.' },
  allRequests: { 'pt-BR': 'Mostrar os eventos de todos os pedidos', en: 'Show the events of every request' },
  fixFields: { 'pt-BR': 'Corrija o campo indicado e gere o relatório de novo.', en: 'Fix the field shown and run the report again.' },
  atTz: { 'pt-BR': 'Quando ({tz}, {offset})', en: 'When ({tz}, {offset})' },
  requestedAtTz: { 'pt-BR': 'Pedido em ({tz}, {offset})', en: 'Requested at ({tz}, {offset})' },
  exportCsv: { 'pt-BR': 'Exportar CSV', en: 'Export CSV' },
  next: { 'pt-BR': 'Próxima página', en: 'Next page' },
  first: { 'pt-BR': 'Primeira página', en: 'First page' },
  none: { 'pt-BR': 'Nenhum evento com esses filtros.', en: 'No event matches these filters.' },
  at: { 'pt-BR': 'Quando', en: 'When' },
  event: { 'pt-BR': 'Evento', en: 'Event' },
  channel: { 'pt-BR': 'Canal', en: 'Channel' },
  customer: { 'pt-BR': 'Cliente', en: 'Customer' },
  by: { 'pt-BR': 'Por', en: 'By' },
  fromAgent: { 'pt-BR': 'De operador', en: 'From operator' },
  toAgent: { 'pt-BR': 'Para operador', en: 'To operator' },
  requestedBy: { 'pt-BR': 'Pedido em lote por', en: 'Bulk request by' },
  requestedAt: { 'pt-BR': 'Pedido em', en: 'Requested at' },
  request: { 'pt-BR': 'Pedido', en: 'Request' },
  'event.created': { 'pt-BR': 'Criado', en: 'Created' },
  'event.transferred': { 'pt-BR': 'Transferido', en: 'Transferred' },
  'event.finished': { 'pt-BR': 'Finalizado', en: 'Finished' },
  signIn: { 'pt-BR': 'Entre com sua conta', en: 'Sign in' },
  noPermission: {
    'pt-BR': 'Sua conta não pode abrir relatórios. Peça acesso a um administrador.',
    en: 'Your account cannot open reports. Ask an administrator for access.',
  },
  badDates: { 'pt-BR': 'A data inicial deve ser anterior à final.', en: 'The start date must come before the end date.' },
} as const);

/** The table itself (both languages of every key). */
export const reportText = reportStrings.table;

export type ReportTextKey = keyof typeof reportText;
