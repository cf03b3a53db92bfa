import { defineStrings } from './define-strings';

/** Strings of the mass queue closure (form, dialogs, monitoring screen, item reasons), both languages. */
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
  search: { 'pt-BR': 'Buscar', en: 'Search' },
  counted: { 'pt-BR': '{n} atendimentos estão na fila de {service} agora.', en: '{n} attendances are in the queue of {service} right now.' },
  emptyQueue: { 'pt-BR': 'Não há atendimentos na fila deste serviço. Nada a encerrar.', en: 'There are no attendances in this service’s queue. Nothing to close.' },
  askTabulate: {
    'pt-BR': 'Deseja finalizar esses atendimentos com a tabulação “Finalizado em lote”? Os que entrarem na fila depois deste pedido não serão encerrados.',
    en: 'Do you want to finish these attendances with the tabulation “Batch Finalized”? Attendances that join the queue after this request are not closed.',
  },
  yes: { 'pt-BR': 'Sim, finalizar e tabular', en: 'Yes, finish and tabulate' },
  no: { 'pt-BR': 'Não', en: 'No' },
  nothingDone: { 'pt-BR': 'Nada foi encerrado.', en: 'Nothing was closed.' },
  queued: { 'pt-BR': 'Pedido na fila de processamento: {n} atendimentos serão encerrados.', en: 'Request queued: {n} attendances will be closed.' },
  askMonitor: { 'pt-BR': 'Deseja abrir a tela de monitoramento para acompanhar o encerramento?', en: 'Do you want to open the monitoring screen to follow the closing?' },
  openMonitor: { 'pt-BR': 'Abrir o monitoramento', en: 'Open the monitoring screen' },
  stayHere: { 'pt-BR': 'Acompanhar aqui', en: 'Follow it here' },
  monitorTitle: { 'pt-BR': 'Monitoramento do encerramento em massa', en: 'Mass closure monitoring' },
  monitorEmpty: { 'pt-BR': 'Nenhum pedido de encerramento ainda.', en: 'No closure request yet.' },
  requestedBy: { 'pt-BR': 'Pedido por', en: 'Requested by' },
  requestedAt: { 'pt-BR': 'Pedido em', en: 'Requested at' },
  state: { 'pt-BR': 'Situação', en: 'State' },
  result: { 'pt-BR': 'Resultado', en: 'Result' },
  resultText: { 'pt-BR': '{applied} encerrados, {skipped} não encerrados', en: '{applied} closed, {skipped} not closed' },
  more: { 'pt-BR': 'Pedidos mais antigos', en: 'Older requests' },
  notQueued: {
    'pt-BR': 'Não estava mais na fila: um operador assumiu o atendimento ou ele já foi finalizado. Nada foi alterado nele.',
    en: 'No longer in the queue: an operator picked it up or it was already finished. Nothing was changed in it.',
  },
  badService: {
    'pt-BR': 'Escolha um serviço que você gerencia.',
    en: 'Choose a service you manage.',
  },
} as const);

/** The table itself (both languages of every key). */
export const closureText = closureStrings.table;

export type ClosureTextKey = keyof typeof closureText;

