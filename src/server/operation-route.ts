import { randomUUID } from 'node:crypto';
import type { APIRoute } from 'astro';
import type { z } from 'zod';
import { answerError } from './classify-error';
import { clientAddress } from './client';
import { runOperation, upfrontPermission, type Operation } from './operation';
import { parseJsonBody, requirePermission } from './parse-input';
import { DEFAULT_MAX_BODY_BYTES, mediaType, readBodyLimited } from './read-body';
import { toWire } from './wire';

/** Where the REST door reads an operation's input from, besides the route's parameters. */
export interface RouteInput<O = unknown> {
  /** `query` for GET routes, `body` (JSON) for the others. */
  from: 'query' | 'body';
  /** Status of a successful answer (201 for a creation, 202 for work accepted to run as a job). Default 200. */
  status?: 200 | 201 | 202;
  /** Headers of a successful answer, from the result and the operation's run time in ms (a check's `server-timing`). */
  headers?: (out: O, elapsedMs: number) => Record<string, string>;
}

/**
 * The REST door of an operation (`export const GET = operationRoute(listMailboxes, { from: 'query' })`):
 * the route's parameters win over query or body fields of the same name, the body is read with the
 * operation's size limit only after the caller passed the permission check, and the answer is the
 * operation's result as JSON. Everything else is the operation's own (see `runOperation`).
 */
export function operationRoute<S extends z.ZodType, O>(op: Operation<S, O>, how: RouteInput<O>): APIRoute {
  return async (api) => {
    const requestId = randomUUID();
    const lang = api.locals.lang;
    try {
      const upfront = upfrontPermission(op as Operation<z.ZodType, unknown>);
      requirePermission(api.locals.user, upfront ?? null);
      const fields = how.from === 'query' ? Object.fromEntries(api.url.searchParams) : await readJson(api.request, op.maxBytes);
      const raw = fields && typeof fields === 'object' && !Array.isArray(fields) ? { ...fields, ...api.params } : fields;
      const started = performance.now();
      const out = await runOperation(op, { user: api.locals.user, lang, requestId, clientAddress: clientAddress(api) }, raw);
      return Response.json(toWire(out), { status: how.status ?? 200, headers: how.headers?.(out, performance.now() - started) });
    } catch (e) {
      return answerError(e, api, lang, requestId);
    }
  };
}

async function readJson(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const bytes = await readBodyLimited(request, maxBytes);
  return parseJsonBody(new TextDecoder('utf-8', { fatal: false }).decode(bytes), mediaType(request));
}
