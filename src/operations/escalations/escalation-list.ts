import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { escalationViews, listEscalations } from '@/escalations/list';
import { pageSize } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * The escalations the caller may see in one view → `{escalations, timeZone}`: `mine`, `assigned`
 * (to the caller) or `open` (on the caller's services). Any signed-in user.
 */
export const escalationList = defineOperation({
  action: 'escalation.list',
  permission: null,
  input: z.object({
    /** `mine` (default), `assigned` or `open`. */
    view: z.enum(escalationViews).default('mine'),
    /** Rows, 1–200. Default 50. */
    limit: pageSize(200, 50),
  }),
  handler: async ({ db, user, scope, input }) => ({
    escalations: await listEscalations(db, user, await scope(), input.view, input.limit),
    timeZone: (await organizationInfo(db)).timeZone,
  }),
});
