import { ruleUpdateInput } from '@/alerts/admin/rule-input';
import { updateRule } from '@/alerts/admin/save-rule';
import { defineOperation } from '@/server/operation';

/** Changes an alert rule; the changed rule is checked like a new one. Audited. Needs admin:alerts. */
export const alertRuleUpdate = defineOperation({
  action: 'alert.rule.update',
  permission: 'admin:alerts',
  input: ruleUpdateInput,
  maxBytes: 8_000,
  handler: (c) => updateRule(c, c.input),
});
