import { checkMigration, visibleUserIds } from '@/bulk/user-migration/http';
import { confirmMigration, migrationFields } from '@/bulk/user-migration/plan';
import { migrationStrings } from '@/i18n/user-migration';
import { HttpError } from '@/server/http-error';
import { defineOperation } from '@/server/operation';

/**
 * Confirms a migration: plans again and, when anyone can move, writes the request and enqueues the
 * job (users with a problem are skipped and listed) → `{ requestId, users }` (202 on REST). 422 with
 * each user's problem when nobody can move. Needs manage:user-migration and both services in scope.
 */
export const migrationConfirm = defineOperation({
  action: 'bulk.user-migration.confirm',
  permission: 'manage:user-migration',
  input: migrationFields,
  handler: async (c) => {
    const input = await checkMigration(c, c.input);
    const { request, plan } = await confirmMigration(c.db, c.rt.jobs.boss, c.user, input, c.lang);
    // Users the grant policy refused are skipped (never moved); the attempt on them is a denial.
    const refused = plan.filter((p) => p.refusal).map((p) => ({ userId: p.userId, refusal: p.refusal }));
    if (refused.length)
      await c.audit({
        action: 'bulk.user-migration.confirm',
        inputs: input,
        outcome: 'denied',
        details: { refused: refused.slice(0, 100), count: refused.length },
      });
    if (!request) {
      await c.audit({ action: 'bulk.user-migration.confirm', inputs: input, outcome: 'refused', details: { users: plan.length } });
      const visible = await visibleUserIds(
        c,
        plan.map((p) => p.userId),
      );
      const problems = plan.map((p) => ({ userId: p.userId, email: visible.has(p.userId) ? p.email : '', problem: p.problem?.[c.lang] }));
      throw new HttpError(422, migrationStrings.l('nothingToDo'), { problems });
    }
    return { requestId: request.id, users: plan.length };
  },
});
