import { simulationView } from '@/alerts/admin/simulation-view';
import { ruleCreateInput } from '@/alerts/admin/rule-input';
import { requireValidRule, ruleValues } from '@/alerts/admin/save-rule';
import { simulateRule } from '@/alerts/engine/simulate';
import { now } from '@/server/clock';
import { defineOperation } from '@/server/operation';

/**
 * Simulates a rule before it is saved (the rule form's body, checked like a new rule): what would
 * have been sent over its check's last stored runs. Nothing is saved or sent. Needs admin:alerts.
 */
export const alertRuleSimulateDraft = defineOperation({
  action: 'alert.rule.simulate',
  permission: 'admin:alerts',
  input: ruleCreateInput,
  maxBytes: 8_000,
  handler: async (c) => {
    const rule = ruleValues(c.input);
    await requireValidRule(c, 'alert.rule.simulate', undefined, rule);
    return simulationView(await simulateRule(c.db, rule, now()));
  },
});
