import { defineStrings } from './define-strings';

/** Strings of the bulk-action framework (status, progress, failure reports), both languages. */
export const bulkStrings = defineStrings({
  notWaiting: {
    'pt-BR': 'Esta solicitação já começou ou terminou; só é possível cancelar uma que ainda está aguardando.',
    en: 'This request has already started or ended; only a waiting request can be cancelled.',
  },
  cancelled: { 'pt-BR': 'Solicitação cancelada. Nada foi alterado.', en: 'Request cancelled. Nothing was changed.' },
  'page.article': { 'pt-BR': 'Como funciona e o que conferir antes:', en: 'How it works and what to check first:' },
  'page.migrationTitle': { 'pt-BR': 'Usuários associados e migração', en: 'Associated users and migration' },
  'csv.item': { 'pt-BR': 'item', en: 'item' },
  'csv.label': { 'pt-BR': 'identificação', en: 'label' },
  'csv.state': { 'pt-BR': 'situação', en: 'state' },
  'csv.reason': { 'pt-BR': 'motivo', en: 'reason' },
  'state.pending': { 'pt-BR': 'pendente', en: 'pending' },
  'state.applied': { 'pt-BR': 'aplicado', en: 'applied' },
  'state.failed': { 'pt-BR': 'falhou', en: 'failed' },
  'state.skipped': { 'pt-BR': 'ignorado', en: 'skipped' },
  'request.waiting': { 'pt-BR': 'Aguardando na fila', en: 'Waiting in the queue' },
  'request.running': { 'pt-BR': 'Em andamento', en: 'Running' },
  'request.done': { 'pt-BR': 'Concluído', en: 'Done' },
  'request.failed': { 'pt-BR': 'Falhou', en: 'Failed' },
  'request.cancelled': { 'pt-BR': 'Cancelado', en: 'Cancelled' },
  'progress.label': { 'pt-BR': 'Progresso', en: 'Progress' },
  'progress.counts': {
    'pt-BR': '{processed} de {total} {total#processado|processados}, {failed} com falha',
    en: '{processed} of {total} processed, {failed} failed',
  },
  'progress.download': { 'pt-BR': 'Baixar as falhas (CSV)', en: 'Download the failures (CSV)' },
  'progress.cancel': { 'pt-BR': 'Cancelar', en: 'Cancel' },
  'progress.lost': {
    'pt-BR': 'A conexão caiu; tentando de novo. O trabalho continua no servidor.',
    en: 'The connection dropped; retrying. The work goes on on the server.',
  },
  'summary.title': { 'pt-BR': 'Resumo', en: 'Summary' },
  'summary.counts': {
    'pt-BR': '{applied} {applied#aplicado|aplicados}, {failed} {failed#não aplicado|não aplicados}.',
    en: '{applied} applied, {failed} not applied.',
  },
  'summary.next': { 'pt-BR': 'Próximos passos', en: 'Next steps' },
  'summary.report': { 'pt-BR': 'Abrir a página da solicitação (o que foi feito, item a item)', en: 'Open the request’s page (what was done, item by item)' },
  'summary.history': { 'pt-BR': 'Histórico de ações em lote', en: 'Bulk history' },
  'summary.failures': { 'pt-BR': 'O que não foi aplicado', en: 'What was not applied' },
} as const);

/** The table itself (both languages of every key). */
export const bulkText = bulkStrings.table;

export type BulkTextKey = keyof typeof bulkText;
