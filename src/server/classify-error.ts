import type { APIContext } from 'astro';
import { z } from 'zod';
import { fieldErrors } from './field-errors';
import { messages } from '../i18n/messages';
import type { Lang } from '../i18n/ui';
import { describeError, sqlState } from './describe-error';
import { HttpError } from './http-error';

/** How a failed request is answered: its status and JSON body. */
export interface Failure {
  status: number;
  body: { error: string; requestId?: string; fields?: Record<string, string[]> } & Record<string, unknown>;
  /** Only for a refusal: the extra fields its thrower attached (besides `fields`). */
  extra?: Record<string, unknown>;
}

/**
 * What to answer for an error thrown while serving `where` (`POST /api/x`, `action users.setActive`):
 * a refusal (HttpError) as itself, a ZodError as a 400 with fields, a database data exception
 * (SQLSTATE class 22: bad input a schema let through) as a 400 with a warning so the schema gets
 * fixed, anything else as a 500 that names the request id and is logged without any message.
 */
export function classifyError(e: unknown, where: string, lang: Lang, requestId: string): Failure {
  if (e instanceof HttpError) {
    const { fields, ...extra } = e.extra as { fields?: Record<string, string[]> };
    return { status: e.status, body: { error: e.localized[lang], ...e.extra }, extra: { ...extra, ...(fields ? { fields } : {}) } };
  }
  if (e instanceof z.ZodError) return { status: 400, body: { error: messages.badRequest[lang], fields: fieldErrors(e, lang) } };
  const state = sqlState(e);
  if (state?.startsWith('22')) {
    console.warn(`[${requestId}] ${where} → 400 (database rejected the input): ${describeError(e)}`);
    return { status: 400, body: { error: messages.badRequest[lang], requestId } };
  }
  console.error(`[${requestId}] ${where} → 500: ${describeError(e)}`);
  return { status: 500, body: { error: messages.unexpected[lang], requestId } };
}

/** The response of a failed request; unexpected errors are logged by request id, without messages. */
export function answerError(e: unknown, api: Pick<APIContext, 'request' | 'url'>, lang: Lang, requestId: string): Response {
  // No `Connection: close` on a 413: closing a socket that still holds unread body bytes makes the
  // kernel reset it, which can discard the answer before the client reads it. The rest of a
  // refused body is dropped as it arrives (see read-body.ts), so the connection stays sound.
  const failure = classifyError(e, `${api.request.method} ${api.url.pathname}`, lang, requestId);
  return Response.json(failure.body, { status: failure.status });
}
