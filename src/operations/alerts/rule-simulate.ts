import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { simulationView } from '@/alerts/admin/simulation-view';
import { simulateRule } from '@/alerts/engine/simulate';
import { alertRules } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { now } from '@/server/clock';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Replays a saved rule over its check's last stored runs: what would have been sent (nothing is
 * sent, nothing is written). Needs admin:alerts.
 */
export const alertRuleSimulate = defineOperation({
  action: 'alert.rule.simulate',
  permission: 'admin:alerts',
  input: z.object({
    /** The rule's id. */
    id: dbId(),
  }),
  handler: async ({ db, input }) => {
    const [rule] = await db.select().from(alertRules).where(eq(alertRules.id, input.id));
    if (!rule) throw new HttpError(404, messages.notFound);
    return simulationView(await simulateRule(db, rule, now()));
  },
});
