import { definePublicEndpoint } from '../../server/endpoint';

export const prerender = false;

/**
 * GET /api/ready: 200 once the database is migrated and jobs are running. Until then the
 * middleware answers 503 (it opens the runtime before any route runs).
 */
export const GET = definePublicEndpoint({
  action: 'ready',
  handler: () => ({ ready: true }),
});
