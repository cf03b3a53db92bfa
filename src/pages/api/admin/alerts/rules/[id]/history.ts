import { alertRuleHistory } from '@/operations/alerts/rule-history';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/alerts/rules/<id>/history (admin:alerts): events and deliveries, keyset-paged (see `alertRuleHistory`). */
export const GET = operationRoute(alertRuleHistory, { from: 'query' });
