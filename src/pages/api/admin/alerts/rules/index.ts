import { alertRuleCreate } from '@/operations/alerts/rule-create';
import { alertRuleList } from '@/operations/alerts/rule-list';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/alerts/rules (admin:alerts): every rule with its state chip (see `alertRuleList`). */
export const GET = operationRoute(alertRuleList, { from: 'query' });

/** POST /api/admin/alerts/rules (admin:alerts): creates a rule, 201 `{id}` (see `alertRuleCreate`). */
export const POST = operationRoute(alertRuleCreate, { from: 'body', status: 201 });
