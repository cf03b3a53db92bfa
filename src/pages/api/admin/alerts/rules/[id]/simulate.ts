import { alertRuleSimulate } from '@/operations/alerts/rule-simulate';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/admin/alerts/rules/<id>/simulate (admin:alerts): what the rule would have sent (see `alertRuleSimulate`). */
export const POST = operationRoute(alertRuleSimulate, { from: 'body' });
