import { checkMigration, visibleUserIds } from '@/bulk/user-migration/http';
import { migrationFields, planMigration } from '@/bulk/user-migration/plan';
import { migrationPreviewJson } from '@/bulk/user-migration/responses';
import { defineOperation } from '@/server/operation';

/**
 * The migration's dry run: who would move and each user's problem; nothing is written. Needs
 * manage:user-migration and both services in scope; names and e-mails only of users in scope.
 */
export const migrationPreview = defineOperation({
  action: 'bulk.user-migration.preview',
  permission: 'manage:user-migration',
  input: migrationFields,
  handler: async (c) => {
    const input = await checkMigration(c, c.input);
    const plan = await planMigration(c.db, c.user, input);
    const visible = await visibleUserIds(
      c,
      plan
        .filter((p) => p.problem)
        .slice(0, 500)
        .map((p) => p.userId),
    );
    return migrationPreviewJson(plan, visible, c.lang);
  },
});
