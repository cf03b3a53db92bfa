import { z } from 'zod';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { perLang } from '@/i18n/localized';
import { MAX_INT4 } from '@/server/input';

/** The kinds of record a check's form picks by id (`record.<kind>` in src/i18n/input-messages.ts). */
export type PickedRecord = 'user' | 'queue' | 'mailbox' | 'reason' | 'document' | 'survey';

/**
 * A record id picked in the form: an integer 1 … 2^31−1, the range of an id column (strings of
 * digits are accepted). Any wrong value says "Escolha um usuário." / "Pick a user.".
 */
export const recordId = (kind: PickedRecord) => {
  const error = inputMessage(perLang((lang) => inputStrings.t(lang, 'pickRecord', { record: inputStrings.t(lang, `record.${kind}`) })));
  return z.coerce.number({ error }).int({ error }).positive({ error }).max(MAX_INT4, { error });
};
