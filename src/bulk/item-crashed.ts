import { logError } from '../server/log-error';
import type { Localized } from './types';

/**
 * The reason stored on an item whose `apply` threw: an id to quote and what to do, never the
 * error's text (a failed query's message carries its SQL and parameters). The id is in the log.
 */
export const itemCrashed = (e: unknown): Localized => {
  const { id } = logError('bulk item', e);
  return {
    'pt-BR': `Erro inesperado ao aplicar este item (código ${id}). Tente de novo; se persistir, chame o suporte com o código.`,
    en: `Unexpected error while applying this item (code ${id}). Try again; if it persists, call support with the code.`,
  };
};
