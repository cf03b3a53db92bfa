import { randomUUID } from 'node:crypto';
import { ActionError, defineAction, type ActionClient } from 'astro:actions';
import type { z } from 'zod';
import { messages } from '../i18n/messages';
import type { Lang } from '../i18n/ui';
import { HttpError } from './http-error';
import { classifyError } from './classify-error';
import { clientAddress } from './client';
import { runOperation, type Operation } from './operation';
import { toWire, type Wire } from './wire';

/**
 * The Action door of an operation, for islands: `actions.family.name(input)` typed by Astro with the
 * operation's input and its result as sent (`Wire<O>`). The middleware bounds the body first (size,
 * JSON, NUL; see action-body-check.ts); the operation does the rest, exactly as its REST route does.
 * Refusals keep their status; a 400 becomes an `ActionInputError` whose `fields` carry the per-field
 * messages in the caller's language and whose field-less issue carries the general message and
 * any details the refusal attached (`issues[0].params`).
 */
export function operationAction<S extends z.ZodType, O>(op: Operation<S, O>): ActionClient<Wire<O>, 'json', S> & string {
  // Astro parses nothing here: the operation parses with localized messages. The cast only tells
  // Astro's client the input type the operation's schema accepts.
  const action = defineAction({
    accept: 'json',
    handler: async (raw: unknown, ctx) => {
      const requestId = randomUUID();
      const lang = ctx.locals.lang;
      try {
        // The middleware bounds every Action body at 1 MB; an operation with a smaller limit (a
        // mailbox, a check's input) gets the same 413 here as on its REST door.
        if (op.maxBytes !== undefined && bodyBytes(ctx.request, raw) > op.maxBytes) throw new HttpError(413, messages.tooLarge);
        return toWire(await runOperation(op, { user: ctx.locals.user, lang, requestId, clientAddress: clientAddress(ctx) }, raw ?? {}));
      } catch (e) {
        throw actionErrorOf(e, `action ${op.action}`, lang, requestId);
      }
    },
  });
  return action as unknown as ActionClient<Wire<O>, 'json', S> & string;
}

/** The size of the body: its declared length, or the parsed input written back as JSON. */
function bodyBytes(request: Request, raw: unknown): number {
  const declared = Number(request.headers.get('content-length'));
  return Number.isFinite(declared) && declared > 0 ? declared : Buffer.byteLength(JSON.stringify(raw ?? {}));
}

/** An error thrown by an operation as the ActionError its client reads. */
function actionErrorOf(e: unknown, where: string, lang: Lang, requestId: string): ActionError {
  const failure = classifyError(e, where, lang, requestId);
  const { error, fields, ...rest } = failure.body;
  if (failure.status === 400) {
    const issues = [
      { code: 'custom', path: [], message: error, params: rest, input: undefined },
      ...Object.entries(fields ?? {}).flatMap(([field, messages]) => messages.map((message) => ({ code: 'custom', path: [field], message, input: undefined }))),
    ];
    // Astro exports no constructor of its input error; an ActionError with its type and issues is
    // serialized the same way, and the client rebuilds it as an ActionInputError (isInputError).
    return Object.assign(new ActionError({ code: 'BAD_REQUEST', message: error }), { type: 'AstroActionInputError', issues });
  }
  const code = ActionError.statusToCode(failure.status);
  return Object.assign(new ActionError({ code, message: error }), failure.status >= 500 ? { requestId } : {});
}
