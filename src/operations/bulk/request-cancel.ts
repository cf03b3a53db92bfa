import { accessibleRequest, bulkRequestParams } from '@/bulk/accessible-request';
import { cancelBulkRequest } from '@/bulk/requests';
import { bulkStrings } from '@/i18n/bulk';
import { HttpError } from '@/server/http-error';
import { defineOperation } from '@/server/operation';

/** Cancels a bulk request still waiting (409 once it runs); audited either way. */
export const requestCancel = defineOperation({
  action: 'bulk.cancel',
  permission: null,
  input: bulkRequestParams,
  handler: async (c) => {
    const request = await accessibleRequest({ ...c, params: c.input }, 'bulk.cancel');
    const ok = await cancelBulkRequest(c.db, c.rt.jobs.boss, request.id);
    await c.audit({ action: `bulk.${request.kind}.cancel`, target: `bulk-request:${request.id}`, outcome: ok ? 'ok' : 'refused' });
    if (!ok) throw new HttpError(409, bulkStrings.l('notWaiting'));
    return { ok: true, message: bulkStrings.t(c.lang, 'cancelled') };
  },
});
