import { z } from 'zod';
import { getCheck } from '../../../checks/registry';
import { runCheck } from '../../../checks/runner';
import { recentRuns } from '../../../checks/recent-runs';
import { fieldErrors } from '../../../checks/input-errors';
import type { CheckDefinition } from '../../../checks/types';
import { messages } from '../../../i18n/messages';
import { defineEndpoint } from '../../../server/endpoint';
import { HttpError } from '../../../server/http-error';
import { clientAddress } from '../../../server/client';
import { pageSize, text } from '../../../server/input';

export const prerender = false;

const params = z.object({
  /** The check's id (catalog ids are short kebab-case names). */
  id: text(64),
});

/** The check named by the route, after its own permission: 403 without it, 404 for an unknown id. */
function checkFor(id: string, permissions: readonly string[]): CheckDefinition {
  const def = getCheck(id);
  if (!def) throw new HttpError(404, messages.unknownCheck);
  if (!permissions.includes(def.permission)) throw new HttpError(403, messages.forbidden);
  return def;
}

/**
 * POST /api/checks/<id>: JSON input → `{status, summary, findings, durationMs, at}`. 400 with
 * per-field messages in the caller's language, 401/403 by the endpoint, 404 for an unknown id.
 */
export const POST = defineEndpoint({
  action: 'check.run',
  permission: null,
  params,
  body: { json: z.unknown(), maxBytes: 64_000 },
  handler: async ({ api, user, lang, params, body, db }) => {
    const def = checkFor(params.id, user.permissions);
    const parsed = def.input.safeParse(body);
    if (!parsed.success) throw new HttpError(400, messages.badRequest, { fields: fieldErrors(parsed.error, lang) });
    const started = performance.now();
    // A CheckRefusal (404 unknown record, 403 outside the caller's services) is an HttpError.
    const result = await runCheck(def, { db, user, input: parsed.data, ip: clientAddress(api) });
    // The check itself, and the whole run with storing its history and audit record.
    const timing = `check;dur=${result.durationMs}, run;dur=${(performance.now() - started).toFixed(1)}`;
    return Response.json(result, { headers: { 'server-timing': timing } });
  },
});

/**
 * GET /api/checks/<id>: the latest runs (newest first, `?limit=` up to 200), for "last run" and
 * history; runs on records outside the caller's scope are left out.
 */
export const GET = defineEndpoint({
  action: 'check.history',
  permission: null,
  params,
  query: z.object({
    /** How many runs, 1–200. Default 30. */
    limit: pageSize(200, 30),
  }),
  handler: async ({ user, params, query, db, scope }) => {
    const def = checkFor(params.id, user.permissions);
    return { runs: await recentRuns(db, def, await scope(), query.limit) };
  },
});
