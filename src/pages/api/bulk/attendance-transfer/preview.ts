import { previewBody } from '../../../../bulk/attendance-transfer/schemas';
import { previewTransfer } from '../../../../bulk/attendance-transfer/preview';
import { transferText } from '../../../../i18n/attendance-transfer';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/** POST /api/bulk/attendance-transfer/preview: the dry run (nothing written). */
export const POST = defineEndpoint({
  action: 'bulk.attendance-transfer.preview',
  permission: 'manage:attendance-transfer',
  body: { json: previewBody },
  handler: async ({ db, lang, body, requireService }) => {
    await requireService(body.filter.serviceId, transferText.badService);
    return previewTransfer(db, body, lang);
  },
});
