import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { alertRules } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/** Deletes an alert rule with its states, events and silences. Audited. Needs admin:alerts. */
export const alertRuleDelete = defineOperation({
  action: 'alert.rule.delete',
  permission: 'admin:alerts',
  input: z.object({
    /** The rule's id. */
    id: dbId(),
  }),
  handler: async ({ db, input, audit }) => {
    const [row] = await db.delete(alertRules).where(eq(alertRules.id, input.id)).returning({ id: alertRules.id, name: alertRules.name });
    await audit({
      action: 'alert.rule.delete',
      target: `alert-rule:${input.id}`,
      outcome: row ? 'ok' : 'not-found',
      details: row ? { name: row.name } : undefined,
    });
    if (!row) throw new HttpError(404, messages.notFound);
    return { deleted: row.id, name: row.name };
  },
});
