import type { APIRoute } from 'astro';
import { readMigrationRequest } from '../../../../bulk/user-migration/http';
import { confirmMigration } from '../../../../bulk/user-migration/plan';
import { getRuntime } from '../../../../server/runtime';
import { audit } from '../../../../audit/record';
import { mt } from '../../../../i18n/user-migration';

export const prerender = false;

/**
 * POST /api/bulk/user-migration/confirm (JSON): plans again and, when anyone can move, answers
 * 202 `{ requestId }`; the job moves them one by one (users with a problem are skipped and listed).
 * 422 when nobody can move (manage:user-migration).
 */
export const POST: APIRoute = async (ctx) => {
  const r = await readMigrationRequest(ctx);
  if (r instanceof Response) return r;
  const { jobs } = await getRuntime();
  const { request, plan } = await confirmMigration(r.db, jobs.boss, r.user, r.input, r.lang);
  if (!request) {
    await audit(r.db, { actor: r.user, action: 'bulk.user-migration.confirm', inputs: r.input, outcome: 'refused', details: { users: plan.length }, ip: ctx.clientAddress });
    return Response.json({ error: mt('nothingToDo')[r.lang], problems: plan.map((p) => ({ userId: p.userId, email: p.email, problem: p.problem?.[r.lang] })) }, { status: 422 });
  }
  return Response.json({ requestId: request.id, users: plan.length }, { status: 202 });
};
