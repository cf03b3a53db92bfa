import { auditFacets } from '@/operations/admin/audit-facets';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/audit/facets (admin:audit): the actions and outcomes present, for the filter lists (see `auditFacets`). */
export const GET = operationRoute(auditFacets, { from: 'query' });
