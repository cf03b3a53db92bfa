import { listQuery } from '../../../../bulk/attendance-transfer/schemas';
import { listInAttendance } from '../../../../bulk/attendance-transfer/list';
import { transferText } from '../../../../i18n/attendance-transfer';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/** GET /api/bulk/attendance-transfer/attendances: a keyset page of a service's attendances in attendance (manage:attendance-transfer, service in scope). */
export const GET = defineEndpoint({
  action: 'bulk.attendance-transfer.list',
  permission: 'manage:attendance-transfer',
  query: listQuery,
  handler: async ({ db, query, requireService }) => {
    await requireService(query.serviceId, transferText.badService);
    return listInAttendance(db, query);
  },
});
