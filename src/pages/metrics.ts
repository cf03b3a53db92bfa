import { loadScope } from '../auth/scope';
import { healthCaller } from '../health/caller';
import { renderMetrics } from '../health/metrics';
import { definePublicEndpoint } from '../server/endpoint';

export const prerender = false;

/**
 * GET /metrics: the latest stored status of every check and swept record, run counts, alert states
 * and deliveries, in the Prometheus text format (HEALTH_TOKEN: every record; an admin session: the
 * records in its scope).
 */
export const GET = definePublicEndpoint({
  action: 'metrics.read',
  authenticate: healthCaller,
  handler: async ({ db, caller }) =>
    new Response(await renderMetrics(db, await loadScope(db, caller.user)), {
      headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' },
    }),
});
