import { previewTransfer } from '@/bulk/attendance-transfer/preview';
import { previewBody } from '@/bulk/attendance-transfer/schemas';
import { transferText } from '@/i18n/attendance-transfer';
import { defineOperation } from '@/server/operation';

/**
 * The transfer's dry run: which of the selected attendances would move to the target agent, the
 * problems of the others and the target's load after it. Nothing is written.
 */
export const transferPreview = defineOperation({
  action: 'bulk.attendance-transfer.preview',
  permission: 'manage:attendance-transfer',
  input: previewBody,
  handler: async ({ db, lang, input, requireService }) => {
    await requireService(input.filter.serviceId, transferText.badService);
    return previewTransfer(db, input, lang);
  },
});
