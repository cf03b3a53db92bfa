import { z } from 'zod';
import { readMigration, visibleUserIds } from '../../../../bulk/user-migration/http';
import { confirmMigration } from '../../../../bulk/user-migration/plan';
import { migrationStrings } from '../../../../i18n/user-migration';
import { defineEndpoint } from '../../../../server/endpoint';

export const prerender = false;

/**
 * POST /api/bulk/user-migration/confirm (JSON): plans again and, when anyone can move, answers
 * 202 `{ requestId }`; the job moves them one by one (users with a problem are skipped and listed).
 * 422 when nobody can move (manage:user-migration; both services in scope).
 */
export const POST = defineEndpoint({
  action: 'bulk.user-migration.confirm',
  permission: 'manage:user-migration',
  // Parsed by readMigration, which turns its cross-field rules into clear messages.
  body: { json: z.unknown() },
  handler: async (c) => {
    const input = await readMigration(c, c.body);
    const { request, plan } = await confirmMigration(c.db, c.rt.jobs.boss, c.user, input, c.lang);
    // Users the grant policy refused are skipped (never moved); the attempt on them is a denial.
    const refused = plan.filter((p) => p.refusal).map((p) => ({ userId: p.userId, refusal: p.refusal }));
    if (refused.length) await c.audit({ action: 'bulk.user-migration.confirm', inputs: input, outcome: 'denied', details: { refused: refused.slice(0, 100), count: refused.length } });
    if (!request) {
      await c.audit({ action: 'bulk.user-migration.confirm', inputs: input, outcome: 'refused', details: { users: plan.length } });
      const visible = await visibleUserIds(c, plan.map((p) => p.userId));
      const problems = plan.map((p) => ({ userId: p.userId, email: visible.has(p.userId) ? p.email : '', problem: p.problem?.[c.lang] }));
      return Response.json({ error: migrationStrings.l('nothingToDo')[c.lang], problems }, { status: 422 });
    }
    return Response.json({ requestId: request.id, users: plan.length }, { status: 202 });
  },
});
