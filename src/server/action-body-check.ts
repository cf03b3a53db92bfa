import type { APIContext } from 'astro';
import { requestLang } from '../i18n/request-lang';
import { messages } from '../i18n/messages';
import { findNul, isJsonType, mediaType, readBodyLimited } from './read-body';
import { HttpError } from './http-error';
import { tooDeep } from './json-depth';

/** Largest JSON body an Astro Action accepts (Astro's own default limit too). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** A refusal shaped like Astro's serialized ActionError, so `actions.x()` on the client reads it. */
function actionRefusal(status: 400 | 413, code: 'BAD_REQUEST' | 'CONTENT_TOO_LARGE', message: string): Response {
  return Response.json({ type: 'AstroActionError', code, status, message }, { status });
}

/**
 * For `POST /_actions/<name>` with a JSON body: reads a copy of the body with a size limit and
 * parses it before Astro does. Astro 7 answers a body that is not valid JSON with a 500 (its
 * `request.json()` throws a SyntaxError it does not catch); this answers 400 in the caller's
 * language instead, 413 past the limit, and 400 for a string holding NUL or for arrays and
 * objects nested deeper than MAX_JSON_DEPTH (src/server/json-depth.ts). Null when the body is
 * fine (or not JSON: Astro's own checks answer those) and the action may run.
 */
export async function checkActionBody(ctx: Pick<APIContext, 'request' | 'url'>): Promise<Response | null> {
  if (ctx.request.method !== 'POST' || !ctx.url.pathname.startsWith('/_actions/')) return null;
  if (!isJsonType(mediaType(ctx.request)) || !ctx.request.body) return null;
  const lang = requestLang(ctx.request);
  let bytes: Uint8Array;
  try {
    // A clone: Astro reads the original afterwards.
    bytes = await readBodyLimited(ctx.request.clone(), MAX_ACTION_BODY_BYTES);
  } catch (e) {
    if (e instanceof HttpError && e.status === 413) {
      // The original branch of the clone is never read now: cancel it so it does not keep a copy of
      // what the clone drains (read-body.ts drops the rest of the body, a bounded amount). Not
      // awaited: a branch's cancel settles only once the other branch is done too.
      void ctx.request.body.cancel().catch(() => undefined);
      return actionRefusal(413, 'CONTENT_TOO_LARGE', messages.tooLarge[lang]);
    }
    throw e;
  }
  const text = new TextDecoder().decode(bytes);
  if (!text.trim()) return null;
  // Before JSON.parse and the NUL scan: a body nested thousands deep overflows recursive walkers.
  if (tooDeep(text)) return actionRefusal(400, 'BAD_REQUEST', messages.tooDeep[lang]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return actionRefusal(400, 'BAD_REQUEST', messages.invalidJson[lang]);
  }
  return findNul(value) ? actionRefusal(400, 'BAD_REQUEST', messages.badRequest[lang]) : null;
}
