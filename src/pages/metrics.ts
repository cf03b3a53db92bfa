import { healthCaller } from '../health/caller';
import { renderMetrics } from '../health/metrics';
import { definePublicEndpoint } from '../server/endpoint';

export const prerender = false;

/** GET /metrics: check statuses and durations in the Prometheus text format (HEALTH_TOKEN or an admin session). */
export const GET = definePublicEndpoint({
  action: 'metrics.read',
  authenticate: healthCaller,
  handler: async ({ db }) =>
    new Response(await renderMetrics(db), { headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' } }),
});
