import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../auth/guard';

export const prerender = false;

/** GET /api/me: who is signed in → `{email, name, profile, permissions[]}`, or 401. */
export const GET: APIRoute = (ctx) => {
  const user = guardEndpoint(ctx, null);
  if (user instanceof Response) return user;
  return Response.json({ email: user.email, name: user.name, profile: user.profile, permissions: user.permissions });
};
