import { z } from 'zod';
import { readMigration, visibleUserIds } from '../../../../bulk/user-migration/http';
import { planMigration } from '../../../../bulk/user-migration/plan';
import { migrationPreviewJson } from '../../../../bulk/user-migration/responses';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/**
 * POST /api/bulk/user-migration/preview (JSON): who would move and per-user problems; nothing is
 * written (manage:user-migration; both services in scope). Names and e-mails only of users in scope.
 */
export const POST = defineEndpoint({
  action: 'bulk.user-migration.preview',
  permission: 'manage:user-migration',
  // Parsed by readMigration, which turns its cross-field rules into clear messages.
  body: { json: z.unknown() },
  handler: async (c) => {
    const input = await readMigration(c, c.body);
    const plan = await planMigration(c.db, c.user, input);
    const visible = await visibleUserIds(c, plan.filter((p) => p.problem).slice(0, 500).map((p) => p.userId));
    return migrationPreviewJson(plan, visible, c.lang);
  },
});
