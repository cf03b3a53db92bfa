import { checkHistory } from '@/operations/checks/check-history';
import { checkRun } from '@/operations/checks/check-run';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/**
 * POST /api/checks/<id>: the check's JSON input → `{status, summary, findings, durationMs, at}` (see
 * `checkRun`); `server-timing` gives the check's own duration and the whole run's (storing its
 * history and audit record included).
 */
export const POST = operationRoute(checkRun, {
  from: 'body',
  headers: (result, ms) => ({ 'server-timing': `check;dur=${result.durationMs}, run;dur=${ms.toFixed(1)}` }),
});

/** GET /api/checks/<id>?limit=: the latest runs the caller may see, newest first (see `checkHistory`). */
export const GET = operationRoute(checkHistory, { from: 'query' });
