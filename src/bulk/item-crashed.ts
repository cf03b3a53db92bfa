import { bulkEngineStrings } from '../i18n/bulk-engine';
import { logError } from '../server/log-error';
import type { Localized } from './types';

/**
 * The reason stored on an item whose `apply` threw: an id to quote and what to do, never the
 * error's text (a failed query's message carries its SQL and parameters). The id is in the log.
 */
export const itemCrashed = (e: unknown): Localized => {
  const { id } = logError('bulk item', e);
  return bulkEngineStrings.l('itemCrashed', { id });
};
