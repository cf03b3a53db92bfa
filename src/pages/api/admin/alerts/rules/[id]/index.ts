import { alertRuleDelete } from '@/operations/alerts/rule-delete';
import { alertRuleUpdate } from '@/operations/alerts/rule-update';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** PATCH /api/admin/alerts/rules/<id> (admin:alerts): changes a rule (see `alertRuleUpdate`). */
export const PATCH = operationRoute(alertRuleUpdate, { from: 'body' });

/** DELETE /api/admin/alerts/rules/<id> (admin:alerts): deletes a rule (see `alertRuleDelete`). */
export const DELETE = operationRoute(alertRuleDelete, { from: 'query' });
