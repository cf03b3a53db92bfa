import type { APIRoute } from 'astro';
import { healthCaller } from '../health/caller';
import { renderMetrics } from '../health/metrics';
import { getRuntime } from '../server/runtime';

export const prerender = false;

/** GET /metrics: check statuses and durations in the Prometheus text format (HEALTH_TOKEN or an admin session). */
export const GET: APIRoute = async (ctx) => {
  const caller = healthCaller(ctx);
  if (caller instanceof Response) return caller;
  const { db } = (await getRuntime()).handle;
  return new Response(await renderMetrics(db), { headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' } });
};
