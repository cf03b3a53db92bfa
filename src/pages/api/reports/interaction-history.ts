import { interactionHistory } from '@/operations/reports/interaction-history';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/reports/interaction-history: one keyset page of history events (module:report-builder:view; services in scope; see `interactionHistory`). */
export const GET = operationRoute(interactionHistory, { from: 'query' });
