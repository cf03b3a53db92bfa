import { auditList } from '@/operations/admin/audit-list';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/audit (admin:audit): one filtered keyset page of the audit trail, `{records, next, timeZone}` (see `auditList`). */
export const GET = operationRoute(auditList, { from: 'query' });
