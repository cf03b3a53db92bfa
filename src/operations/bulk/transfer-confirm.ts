import { notInService, requestTransfer } from '@/bulk/attendance-transfer/confirm';
import { confirmBody } from '@/bulk/attendance-transfer/schemas';
import { transferText } from '@/i18n/attendance-transfer';
import { HttpError } from '@/server/http-error';
import { defineOperation } from '@/server/operation';

/**
 * Confirms a transfer: writes the request and its items (each with the agent seen at preview) and
 * enqueues the job → `{ requestId, total }`. 400 with `outside` when an attendance left the service.
 */
export const transferConfirm = defineOperation({
  action: 'bulk.attendance-transfer.confirm',
  permission: 'manage:attendance-transfer',
  input: confirmBody,
  handler: async ({ db, rt, user, lang, input, requireService }) => {
    await requireService(input.serviceId, transferText.badService);
    const outside = await notInService(
      db,
      input.serviceId,
      input.items.map((i) => i.attendanceId),
    );
    if (outside.length) throw new HttpError(400, transferText.notInService, { outside });
    const request = await requestTransfer(db, rt.jobs.boss, { userId: user.id, lang, body: input });
    return { requestId: request.id, total: request.total };
  },
});
