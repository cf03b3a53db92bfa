import { transferAttendances } from '@/operations/bulk/transfer-attendances';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/attendance-transfer/attendances: a keyset page of a service's attendances in attendance (see `transferAttendances`). */
export const GET = operationRoute(transferAttendances, { from: 'query' });
