import { ruleCreateInput } from '@/alerts/admin/rule-input';
import { createRule } from '@/alerts/admin/save-rule';
import { defineOperation } from '@/server/operation';

/**
 * Creates an alert rule (→ `{id}`): an unknown check or record, a record outside the caller's
 * services, a missing contact or grid, thresholds of 0 or absurd sizes are a 400 naming the field,
 * nothing saved. Audited. Needs admin:alerts.
 */
export const alertRuleCreate = defineOperation({
  action: 'alert.rule.create',
  permission: 'admin:alerts',
  input: ruleCreateInput,
  maxBytes: 8_000,
  handler: (c) => createRule(c, c.input),
});
