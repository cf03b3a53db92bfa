import type { APIRoute } from 'astro';
import { getRuntime } from '../../server/runtime';

export const prerender = false;

/** GET /api/ready: 200 once the database is migrated and jobs are running; 503 until then. */
export const GET: APIRoute = async () => {
  try {
    await getRuntime();
    return Response.json({ ready: true });
  } catch {
    return Response.json({ ready: false }, { status: 503 });
  }
};
