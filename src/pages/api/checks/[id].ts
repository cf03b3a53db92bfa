import type { APIRoute } from 'astro';
import { guardEndpoint, jsonError } from '../../../auth/guard';
import { getCheck } from '../../../checks/registry';
import { fieldErrors } from '../../../checks/input-errors';
import { recentRuns, runCheck } from '../../../checks/runner';
import { CheckRefusal } from '../../../checks/lib/errors';
import { requestLang } from '../../../i18n/request-lang';
import { getRuntime } from '../../../server/runtime';

export const prerender = false;

/**
 * POST /api/checks/<id>: JSON input → `{status, summary, findings, durationMs, at}`. 400 with
 * per-field messages in the caller's language, 401/403 by the guard, 404 for an unknown id.
 */
export const POST: APIRoute = async (ctx) => {
  const def = getCheck(ctx.params.id ?? '');
  const user = guardEndpoint(ctx, def?.permission ?? null);
  if (user instanceof Response) return user;
  if (!def) return jsonError(ctx, 404, 'unknownCheck');
  const text = await ctx.request.text();
  let raw: unknown = {};
  try {
    raw = text.trim() ? JSON.parse(text) : {};
  } catch {
    return jsonError(ctx, 400, 'badRequest', { fields: {} });
  }
  const parsed = def.input.safeParse(raw);
  if (!parsed.success) return jsonError(ctx, 400, 'badRequest', { fields: fieldErrors(parsed.error, requestLang(ctx.request)) });
  const { db } = (await getRuntime()).handle;
  const started = performance.now();
  let result;
  try {
    result = await runCheck(def, { db, user, input: parsed.data, ip: ctx.clientAddress });
  } catch (e) {
    // 404 for a record that does not exist, 403 for one outside the services the caller manages.
    if (e instanceof CheckRefusal) return Response.json({ error: e.localized[requestLang(ctx.request)] }, { status: e.status });
    throw e;
  }
  // The check itself, and the whole run with storing its history and audit record.
  const timing = `check;dur=${result.durationMs}, run;dur=${(performance.now() - started).toFixed(1)}`;
  return Response.json(result, { headers: { 'server-timing': timing } });
};

/** GET /api/checks/<id>: the latest runs (newest first, `?limit=` up to 200), for "last run" and history. */
export const GET: APIRoute = async (ctx) => {
  const def = getCheck(ctx.params.id ?? '');
  const user = guardEndpoint(ctx, def?.permission ?? null);
  if (user instanceof Response) return user;
  if (!def) return jsonError(ctx, 404, 'unknownCheck');
  const limit = Math.min(200, Math.max(1, Number(ctx.url.searchParams.get('limit')) || 30));
  const { db } = (await getRuntime()).handle;
  return Response.json({ runs: await recentRuns(db, def.id, limit) });
};
