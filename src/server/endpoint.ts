import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { APIContext, APIRoute } from 'astro';
import { z } from 'zod';
import { audit, type AuditEntry } from '../audit/record';
import type { Permission } from '../auth/permissions';
import { loadScope, type Scope } from '../auth/scope';
import type { SessionUser } from '../auth/session';
import { fieldErrors } from '../checks/input-errors';
import type { Db } from '../db/client';
import type { Localized } from '../i18n/localized';
import { messages } from '../i18n/messages';
import { requestLang } from '../i18n/request-lang';
import type { Lang } from '../i18n/ui';
import { getRuntime, type Runtime } from './runtime';
import { describeError, sqlState } from './describe-error';
import { HttpError } from './http-error';
import { DEFAULT_MAX_BODY_BYTES, findNul, isJsonType, mediaType, readBodyLimited } from './read-body';
import { tooDeep } from './json-depth';

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** How the body is read. Every kind is bounded before anything parses it. */
export type BodySpec =
  /** JSON (`application/json`); an empty body parses as `{}`. Default limit 1 MB. */
  | { json: Schema; maxBytes?: number }
  /** A form post (`application/x-www-form-urlencoded`) or JSON, parsed by one schema. */
  | { form: Schema; maxBytes?: number }
  /**
   * The raw upload as a byte stream (never buffered whole); its reader enforces `maxBytes`. A
   * declared Content-Length above it is refused at once with `tooLarge` (default: the generic 413).
   */
  | { stream: true; maxBytes: number; tooLarge?: Localized };

type BodyOut<B> = B extends { json: infer S } ? Out<S> : B extends { form: infer S } ? Out<S> : B extends { stream: true } ? Readable : undefined;

/** What a handler gets: the checked caller, its parsed and bounded input, and the means to refuse. */
export interface EndpointContext<U, P, Q, B, A = undefined> {
  /** Astro's own context (cookies, redirect, clientAddress…). */
  api: APIContext;
  /** The caller: always a signed-in user holding the permission, except on public endpoints. */
  user: U;
  /** What a public endpoint's `authenticate` returned (a monitor, a task…); undefined otherwise. */
  caller: A;
  /** The language answers are written in. */
  lang: Lang;
  /** Names this request in the log and in a 500 answer. */
  requestId: string;
  params: P;
  query: Q;
  body: B;
  rt: Runtime;
  db: Db;
  /** The caller's scope (loaded once per request). */
  scope(): Promise<Scope>;
  /**
   * The scope, after checking that `serviceId` is in it; otherwise a 403 with `refusal` (default:
   * "a service you do not manage"), audited as the endpoint's action with outcome `denied`.
   */
  requireService(serviceId: number | null | undefined, refusal?: Localized): Promise<Scope>;
  /** Writes an audit record as the caller, from the caller's address. */
  audit(entry: Omit<AuditEntry, 'actor' | 'ip'>): Promise<void>;
}

interface DefBase<P, Q, B> {
  /** Audit action of refusals and of the handler's own records, e.g. `bulk.user-import.preview`. */
  action: string;
  /** Route parameters (`[id]`); every field bounded. */
  params?: P;
  /** The query string; every field bounded. */
  query?: Q;
  /** The body, when the route reads one. */
  body?: B;
}

/** A route for signed-in callers holding `permission` (null: any signed-in user). */
export interface EndpointDef<P, Q, B> extends DefBase<P, Q, B> {
  permission: Permission | null;
  handler: (c: EndpointContext<SessionUser, Out<P>, Out<Q>, BodyOut<B>>) => Promise<Response | object> | Response | object;
}

/** A route anyone may call (sign-in, readiness, monitors with their own bearer token). */
export interface PublicEndpointDef<P, Q, B, A> extends DefBase<P, Q, B> {
  /**
   * The route's own authentication (a bearer token…), run before any input is read: it returns
   * the caller handed to the handler as `caller`, or throws an `HttpError` (401/403). Default: none.
   */
  authenticate?: (api: APIContext, db: Db) => Promise<A> | A;
  handler: (c: EndpointContext<SessionUser | null, Out<P>, Out<Q>, BodyOut<B>, A>) => Promise<Response | object> | Response | object;
}

/**
 * The one way to write a route. In order: who (401 signed out, 403 without the permission, before
 * any body is read), what (params, query and body parsed by bounded zod schemas; bodies read with a
 * size limit; 400 with per-field messages in the caller's language, 413, 415), where (the caller's
 * scope, loaded on demand, refusals audited), then the handler. A thrown `HttpError` becomes its
 * answer; anything unexpected a 500 naming a request id and nothing of SQL, logged without
 * parameters.
 */
export function defineEndpoint<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends BodySpec | undefined = undefined>(
  def: EndpointDef<P, Q, B>,
): APIRoute {
  return route(def, def.permission, def.handler as Handler);
}

/** `defineEndpoint` for routes without sign-in; `authenticate` checks their own credential (a bearer token) before any input is read. */
export function definePublicEndpoint<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends BodySpec | undefined = undefined, A = undefined>(
  def: PublicEndpointDef<P, Q, B, A>,
): APIRoute {
  return route(def, 'public', def.handler as Handler, def.authenticate as Authenticate | undefined);
}

type Handler = (c: EndpointContext<SessionUser | null, unknown, unknown, unknown, unknown>) => Promise<Response | object> | Response | object;
type Authenticate = (api: APIContext, db: Db) => unknown;

function route(def: DefBase<Schema | undefined, Schema | undefined, BodySpec | undefined>, permission: Permission | null | 'public', handler: Handler, authenticate?: Authenticate): APIRoute {
  return async (api) => {
    const requestId = randomUUID();
    const lang = requestLang(api.request);
    try {
      const user = api.locals.user;
      if (permission !== 'public') {
        if (!user) throw new HttpError(401, messages.unauthorized);
        if (permission && !user.permissions.includes(permission)) throw new HttpError(403, messages.forbidden);
      }
      const rt = await getRuntime();
      const db = rt.handle.db;
      const caller = authenticate ? await authenticate(api, db) : undefined;
      const params = parse(def.params, api.params, lang);
      const query = parse(def.query, Object.fromEntries(api.url.searchParams), lang);
      const body = await readBody(def.body, api.request, lang);
      let scope: Promise<Scope> | undefined;
      const c: EndpointContext<SessionUser | null, unknown, unknown, unknown, unknown> = {
        api, user, caller, lang, requestId, params, query, body, rt, db,
        scope: () => {
          if (!user) throw new HttpError(401, messages.unauthorized);
          return (scope ??= loadScope(db, user));
        },
        async requireService(serviceId, refusal = messages.outOfScope) {
          const s = await c.scope();
          if (s.has(serviceId)) return s;
          await audit(db, { actor: user, action: def.action, target: serviceId == null ? undefined : `service:${serviceId}`, outcome: 'denied', ip: api.clientAddress });
          throw new HttpError(403, refusal);
        },
        audit: (entry) => audit(db, { ...entry, actor: user, ip: api.clientAddress }),
      };
      const out = await handler(c);
      return out instanceof Response ? out : Response.json(out);
    } catch (e) {
      return answerError(e, api, lang, requestId);
    }
  };
}

function parse(schema: Schema | undefined, raw: unknown, lang: Lang): unknown {
  if (!schema) return undefined;
  const nul = findNul(raw);
  if (nul) throw new HttpError(400, messages.badRequest, { fields: { [nul.split('.')[0]!]: [lang === 'en' ? 'The text contains an invalid character (NUL).' : 'O texto contém um caractere inválido (NUL).'] } });
  const r = schema.safeParse(raw);
  if (!r.success) throw new HttpError(400, messages.badRequest, { fields: fieldErrors(r.error, lang) });
  return r.data;
}

async function readBody(spec: BodySpec | undefined, request: Request, lang: Lang): Promise<unknown> {
  if (!spec) return undefined;
  if ('stream' in spec) {
    const declared = request.headers.get('content-length');
    if (declared !== null && Number(declared) > spec.maxBytes) throw new HttpError(413, spec.tooLarge ?? messages.tooLarge);
    return request.body ? Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>) : Readable.from([]);
  }
  const type = mediaType(request);
  const isForm = 'form' in spec && type === 'application/x-www-form-urlencoded';
  const bytes = await readBodyLimited(request, spec.maxBytes ?? DEFAULT_MAX_BODY_BYTES);
  const textBody = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let raw: unknown;
  if (isForm) raw = Object.fromEntries(new URLSearchParams(textBody));
  else if (!textBody.trim()) raw = {};
  else if (!isJsonType(type)) throw new HttpError(415, messages.unsupportedMediaType);
  else {
    if (tooDeep(textBody)) throw new HttpError(400, messages.tooDeep, { fields: {} });
    try {
      raw = JSON.parse(textBody);
    } catch {
      throw new HttpError(400, messages.invalidJson, { fields: {} });
    }
  }
  return parse('json' in spec ? spec.json : spec.form, raw, lang);
}

/** The response of a failed request; unexpected errors are logged by request id, without messages. */
export function answerError(e: unknown, api: Pick<APIContext, 'request' | 'url'>, lang: Lang, requestId: string): Response {
  // No `Connection: close` on a 413: closing a socket that still holds unread body bytes makes the
  // kernel reset it, which can discard the answer before the client reads it. The rest of a
  // refused body is dropped as it arrives (see read-body.ts), so the connection stays sound.
  if (e instanceof HttpError) return Response.json({ error: e.localized[lang], ...e.extra }, { status: e.status });
  if (e instanceof z.ZodError) return Response.json({ error: messages.badRequest[lang], fields: fieldErrors(e, lang) }, { status: 400 });
  // A data exception from the database (SQLSTATE class 22: out of range, bad text, NUL…) is bad
  // input a schema let through: a 400, and a warning so the schema gets fixed.
  const state = sqlState(e);
  if (state?.startsWith('22')) {
    console.warn(`[${requestId}] ${api.request.method} ${api.url.pathname} → 400 (database rejected the input): ${describeError(e)}`);
    return Response.json({ error: messages.badRequest[lang], requestId }, { status: 400 });
  }
  console.error(`[${requestId}] ${api.request.method} ${api.url.pathname} → 500: ${describeError(e)}`);
  return Response.json({ error: messages.unexpected[lang], requestId }, { status: 500 });
}
