import { defineStrings } from './define-strings';

/**
 * Reasons and errors the bulk engine itself stores on requests and items (src/bulk/runner.ts,
 * run-atomic.ts, item-crashed.ts, src/jobs/bulk-payload-purge.ts): kept in both languages in the
 * database, shown later to whoever opens the request.
 */
export const bulkEngineStrings = defineStrings({
  notApplied: {
    'pt-BR': 'Não aplicado: nada foi gravado porque outro item falhou (tudo ou nada).',
    en: 'Not applied: nothing was written because another item failed (all or nothing).',
  },
  atomicFailed: { 'pt-BR': 'Nada foi gravado: corrija os itens com falha e envie de novo.', en: 'Nothing was written: fix the failed items and send again.' },
  itemCrashed: {
    'pt-BR': 'Erro inesperado ao aplicar este item (código {id}). Tente de novo; se persistir, chame o suporte com o código.',
    en: 'Unexpected error while applying this item (code {id}). Try again; if it persists, call support with the code.',
  },
  stuckPurged: {
    'pt-BR': 'Pedido encerrado pela limpeza: ficou mais de {days} dias sem terminar. Nada mais será aplicado; envie de novo se ainda for preciso.',
    en: 'Request ended by the clean-up: it stayed unfinished for more than {days} days. Nothing more will be applied; send it again if still needed.',
  },
} as const);
