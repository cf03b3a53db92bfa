import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../../auth/guard';
import { getRuntime } from '../../../../server/runtime';
import { readQuery, refuseOutOfScope } from '../../../../bulk/http-input';
import { listQuery } from '../../../../bulk/attendance-transfer/schemas';
import { listInAttendance } from '../../../../bulk/attendance-transfer/list';
import { transferText } from '../../../../i18n/attendance-transfer';

export const prerender = false;

/** GET /api/bulk/attendance-transfer/attendances: a keyset page of a service's attendances in attendance (manage:attendance-transfer, service in scope). */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, 'manage:attendance-transfer');
  if (user instanceof Response) return user;
  const q = readQuery(ctx, listQuery);
  if (q instanceof Response) return q;
  const { db } = (await getRuntime()).handle;
  const refused = await refuseOutOfScope(ctx, db, user, q.serviceId, 'bulk.attendance-transfer.list', transferText.badService);
  if (refused) return refused;
  return Response.json(await listInAttendance(db, q));
};
