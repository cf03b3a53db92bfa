import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ruleHistory } from '@/alerts/admin/rule-history';
import { organizationInfo } from '@/admin/organization-info';
import { alertRules } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { dbId, pageSize } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * A rule's timeline, newest first: its events with each delivery's status, attempts and the
 * server's reply; keyset-paged with `before` (the `nextBefore` of the previous page). Needs admin:alerts.
 */
export const alertRuleHistory = defineOperation({
  action: 'alert.rule.history',
  permission: 'admin:alerts',
  input: z.object({
    /** The rule's id. */
    id: dbId(),
    /** Events before this event id (the previous page's `nextBefore`). */
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    /** Events per page, 1 … 100 (default 30). */
    limit: pageSize(100, 30),
  }),
  handler: async ({ db, input }) => {
    const [rule] = await db.select({ id: alertRules.id, name: alertRules.name }).from(alertRules).where(eq(alertRules.id, input.id));
    if (!rule) throw new HttpError(404, messages.notFound);
    const page = await ruleHistory(db, rule.id, input.limit, input.before);
    return { rule, ...page, timeZone: (await organizationInfo(db)).timeZone };
  },
});
