import { defineStrings } from './define-strings';

/** Strings of the mass queue closure (form, confirmation, summary, monitoring screen, item reasons), both languages. */
export const closureStrings = defineStrings({
  title: { 'pt-BR': 'Encerrar a fila em massa', en: 'Close a queue in bulk' },
  signedOut: { 'pt-BR': 'Este formulário encerra em massa a fila de um serviço. Para usá-lo,', en: 'This form closes a service’s queue in bulk. To use it,' },
  signIn: { 'pt-BR': 'entre com sua conta', en: 'sign in' },
  noPermission: {
    'pt-BR': 'Sua conta não tem a permissão de encerrar filas em massa. Peça acesso a um administrador.',
    en: 'Your account is not allowed to close queues in bulk. Ask an administrator for access.',
  },
  noServices: { 'pt-BR': 'Você não gerencia nenhum serviço.', en: 'You do not manage any service.' },
  service: { 'pt-BR': 'Serviço', en: 'Service' },
  search: { 'pt-BR': 'Ver o que será encerrado', en: 'Show what will be closed' },
  previewTitle: { 'pt-BR': 'Antes de encerrar: nada foi alterado ainda', en: 'Before closing: nothing has changed yet' },
  'counted.one': { 'pt-BR': '1 atendimento está na fila de {service} agora.', en: '1 attendance is in the queue of {service} right now.' },
  'counted.other': { 'pt-BR': '{n} atendimentos estão na fila de {service} agora.', en: '{n} attendances are in the queue of {service} right now.' },
  range: {
    'pt-BR': 'O mais antigo entrou na fila em {oldest}; o mais recente, em {newest}.',
    en: 'The oldest joined the queue on {oldest}; the newest on {newest}.',
  },
  tz: { 'pt-BR': 'Horários no fuso da organização ({tz}).', en: 'Times in the organization’s time zone ({tz}).' },
  sampleCaption: { 'pt-BR': 'Os {n} mais antigos da fila', en: 'The {n} oldest in the queue' },
  protocol: { 'pt-BR': 'Protocolo', en: 'Protocol' },
  channel: { 'pt-BR': 'Canal', en: 'Channel' },
  openedAt: { 'pt-BR': 'Aberto em', en: 'Opened at' },
  emptyQueue: {
    'pt-BR': 'Não há atendimentos na fila deste serviço. Nada a encerrar.',
    en: 'There are no attendances in this service’s queue. Nothing to close.',
  },
  askTabulate: {
    'pt-BR':
      'Todos serão finalizados com a tabulação “Finalizado em lote”, e isso não pode ser desfeito. Os que entrarem na fila depois desta prévia não serão encerrados.',
    en: 'All of them will be finished with the tabulation “Batch Finalized”, and this cannot be undone. Attendances that join the queue after this preview are not closed.',
  },
  typeLabel: { 'pt-BR': 'Confirmação', en: 'Confirmation' },
  typeHint: {
    'pt-BR':
      'São muitos atendimentos: para liberar o botão, digite {n} (o número de atendimentos) ou o nome do serviço, {service} (acentos e maiúsculas não fazem diferença).',
    en: 'That is a lot of attendances: to enable the button, type {n} (the number of attendances) or the service name, {service} (accents and capitals do not matter).',
  },
  'confirm.one': { 'pt-BR': 'Encerrar 1 atendimento', en: 'Close 1 attendance' },
  'confirm.other': { 'pt-BR': 'Encerrar {n} atendimentos', en: 'Close {n} attendances' },
  cancel: { 'pt-BR': 'Cancelar', en: 'Cancel' },
  nothingDone: { 'pt-BR': 'Nada foi encerrado.', en: 'Nothing was closed.' },
  queued: {
    'pt-BR': 'Pedido confirmado: {n} {n#atendimento|atendimentos} de {service} {n#está sendo encerrado|estão sendo encerrados}.',
    en: 'Request confirmed: {n} {n#attendance|attendances} of {service} {n#is|are} being closed.',
  },
  keepsGoing: { 'pt-BR': 'O encerramento continua mesmo se você sair desta página.', en: 'The closing goes on even if you leave this page.' },
  summaryTitle: { 'pt-BR': 'Encerramento da fila de {service}: {state}', en: 'Closing of the {service} queue: {state}' },
  summaryNotDone: {
    'pt-BR': 'O pedido não terminou como esperado. A página do pedido mostra o motivo e o que fazer.',
    en: 'The request did not end as expected. The request’s page shows why and what to do.',
  },
  openReport: { 'pt-BR': 'Ver os encerrados no relatório', en: 'See the closed ones in the report' },
  closeAnother: { 'pt-BR': 'Encerrar outra fila', en: 'Close another queue' },
  openMonitor: { 'pt-BR': 'Abrir o monitoramento', en: 'Open the monitoring screen' },
  monitorTitle: { 'pt-BR': 'Monitoramento do encerramento em massa', en: 'Mass closure monitoring' },
  monitorEmpty: { 'pt-BR': 'Nenhum pedido de encerramento ainda.', en: 'No closure request yet.' },
  monitorNone: { 'pt-BR': 'Nenhum pedido com esses filtros.', en: 'No request matches these filters.' },
  allServices: { 'pt-BR': 'Todos os serviços', en: 'All services' },
  allStates: { 'pt-BR': 'Todas as situações', en: 'All states' },
  from: { 'pt-BR': 'Pedido de', en: 'Requested from' },
  to: { 'pt-BR': 'até', en: 'to' },
  filter: { 'pt-BR': 'Filtrar', en: 'Filter' },
  clearFilters: { 'pt-BR': 'Limpar os filtros', en: 'Clear the filters' },
  requestedBy: { 'pt-BR': 'Pedido por', en: 'Requested by' },
  requestedAt: { 'pt-BR': 'Pedido em', en: 'Requested at' },
  state: { 'pt-BR': 'Situação', en: 'State' },
  result: { 'pt-BR': 'Resultado', en: 'Result' },
  links: { 'pt-BR': 'Detalhes', en: 'Details' },
  requestPage: { 'pt-BR': 'Pedido', en: 'Request' },
  reportPage: { 'pt-BR': 'Relatório', en: 'Report' },
  requestPageOf: { 'pt-BR': 'Pedido de {service} em {at}', en: 'Request for {service} at {at}' },
  reportPageOf: { 'pt-BR': 'Relatório do pedido de {service} em {at}', en: 'Report of the request for {service} at {at}' },
  resultText: {
    'pt-BR': '{applied} {applied#encerrado|encerrados}, {skipped} {skipped#não encerrado|não encerrados}',
    en: '{applied} closed, {skipped} not closed',
  },
  more: { 'pt-BR': 'Pedidos mais antigos', en: 'Older requests' },
  notQueued: {
    'pt-BR':
      'Já não estava na fila quando o encerramento chegou a ele: um operador assumiu o atendimento ou outra pessoa o finalizou depois do pedido. Nada foi alterado nele.',
    en: 'No longer in the queue when the closing reached it: an operator picked it up or someone else finished it after the request. Nothing was changed in it.',
  },
  notClosedNote: {
    'pt-BR':
      'Os {n} não encerrados já não estavam na fila quando o encerramento chegou a eles (contados: os que estavam na fila no pedido menos os encerrados). A lista mostra os que o histórico identifica: assumidos por um operador ou finalizados por outra pessoa depois do pedido.',
    en: 'The {n} not closed were no longer in the queue when the closing reached them (counted: those queued at the request minus those closed). The list shows the ones the history identifies: picked up by an operator or finished by someone else after the request.',
  },
  badService: {
    'pt-BR': 'Escolha um serviço que você gerencia.',
    en: 'Choose a service you manage.',
  },
} as const);

/** The table itself (both languages of every key). */
export const closureText = closureStrings.table;

export type ClosureTextKey = keyof typeof closureText;
