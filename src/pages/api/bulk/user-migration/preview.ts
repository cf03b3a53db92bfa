import type { APIRoute } from 'astro';
import { readMigrationRequest } from '../../../../bulk/user-migration/http';
import { planMigration } from '../../../../bulk/user-migration/plan';

export const prerender = false;

/** POST /api/bulk/user-migration/preview (JSON): who would move and per-user problems; nothing is written (manage:user-migration). */
export const POST: APIRoute = async (ctx) => {
  const r = await readMigrationRequest(ctx);
  if (r instanceof Response) return r;
  const plan = await planMigration(r.db, r.user, r.input);
  const problems = plan.filter((p) => p.problem);
  return Response.json({
    willMove: plan.length - problems.length,
    problemCount: problems.length,
    problems: problems.slice(0, 500).map((p) => ({ userId: p.userId, name: p.name, email: p.email, problem: p.problem![r.lang] })),
  });
};
