import { createSilence } from '@/alerts/admin/create-silence';
import { silenceCreateInput } from '@/alerts/admin/silence-input';
import { defineOperation } from '@/server/operation';

/**
 * Silences an alert from its row ("1h", "4h", "until-green") or plans a window (`startsAt`,
 * `endsAt`): author and comment recorded; a window ending before it starts is a 400. Needs admin:alerts.
 */
export const alertSilenceCreate = defineOperation({
  action: 'alert.silence.create',
  permission: 'admin:alerts',
  input: silenceCreateInput,
  maxBytes: 8_000,
  handler: (c) => createSilence(c, c.input),
});
