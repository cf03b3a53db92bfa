import { confirmBody } from '../../../../bulk/attendance-transfer/schemas';
import { notInService, requestTransfer } from '../../../../bulk/attendance-transfer/confirm';
import { transferText } from '../../../../i18n/attendance-transfer';
import { defineEndpoint } from '../../../../server/endpoint';
import { HttpError } from '../../../../server/http-error';

export const prerender = false;

/** POST /api/bulk/attendance-transfer/confirm: writes the request and its items, enqueues the job → `{ requestId }`. */
export const POST = defineEndpoint({
  action: 'bulk.attendance-transfer.confirm',
  permission: 'manage:attendance-transfer',
  body: { json: confirmBody },
  handler: async ({ db, rt, user, lang, body, requireService }) => {
    await requireService(body.serviceId, transferText.badService);
    const outside = await notInService(db, body.serviceId, body.items.map((i) => i.attendanceId));
    if (outside.length) throw new HttpError(400, transferText.notInService, { outside });
    const request = await requestTransfer(db, rt.jobs.boss, { userId: user.id, lang, body });
    return { requestId: request.id, total: request.total };
  },
});
