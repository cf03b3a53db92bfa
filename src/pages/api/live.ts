import { definePublicEndpoint } from '@/server/endpoint';
import { isDraining } from '@/server/lifecycle';

export const prerender = false;

/**
 * GET /api/live: liveness for a proxy or supervisor. 200 while the process serves HTTP, whatever
 * the database does (restarting would not bring PostgreSQL back); `draining` says it is stopping.
 * Readiness, "send me requests", is GET /api/ready.
 */
export const GET = definePublicEndpoint({
  action: 'live',
  opensDatabase: false,
  handler: () => ({ live: true, draining: isDraining() }),
});
