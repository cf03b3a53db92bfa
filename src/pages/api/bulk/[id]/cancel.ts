import { accessibleRequest, bulkRequestParams } from '../../../../bulk/accessible-request';
import { cancelBulkRequest } from '../../../../bulk/requests';
import { bulkStrings } from '../../../../i18n/bulk';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/** POST /api/bulk/<id>/cancel: cancels a request still waiting (409 once it runs). */
export const POST = defineEndpoint({
  action: 'bulk.cancel',
  permission: null,
  params: bulkRequestParams,
  handler: async (c) => {
    const request = await accessibleRequest(c, 'bulk.cancel');
    const ok = await cancelBulkRequest(c.db, c.rt.jobs.boss, request.id);
    await c.audit({ action: `bulk.${request.kind}.cancel`, target: `bulk-request:${request.id}`, outcome: ok ? 'ok' : 'refused' });
    if (!ok) return Response.json({ error: bulkStrings.t(c.lang, 'notWaiting') }, { status: 409 });
    return { ok: true, message: bulkStrings.t(c.lang, 'cancelled') };
  },
});
