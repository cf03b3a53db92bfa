import type { Localized } from './types';

/** The reason stored on an item whose `apply` threw: what happened and what to do. */
export const itemCrashed = (e: unknown): Localized => ({
  'pt-BR': `Erro inesperado ao aplicar este item: ${(e as Error)?.message ?? e}. Tente de novo; se persistir, chame o suporte.`,
  en: `Unexpected error while applying this item: ${(e as Error)?.message ?? e}. Try again; if it persists, call support.`,
});
