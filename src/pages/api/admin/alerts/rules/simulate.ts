import { alertRuleSimulateDraft } from '@/operations/alerts/rule-simulate-draft';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/admin/alerts/rules/simulate (admin:alerts): simulates an unsaved rule body (see `alertRuleSimulateDraft`). */
export const POST = operationRoute(alertRuleSimulateDraft, { from: 'body' });
