import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { APIContext, APIRoute } from 'astro';
import type { z } from 'zod';
import type { Permission } from '../auth/permissions';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import type { Localized } from '../i18n/localized';
import { messages } from '../i18n/messages';
import type { Lang } from '../i18n/ui';
import { callerContext, offlineContext, type CallerContext } from './caller-context';
import { clientAddress } from './client';
import { answerError } from './classify-error';
import { HttpError } from './http-error';
import { parseInput, parseJsonBody, requirePermission } from './parse-input';
import { DEFAULT_MAX_BODY_BYTES, mediaType, readBodyLimited } from './read-body';

/** The REST door of an operation defined on the shared core (see operation.ts); a route file imports it from here like defineEndpoint. */
export { operationRoute } from './operation-route';

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
export interface EndpointContext<U extends SessionUser | null, P, Q, B, A = undefined> extends CallerContext<U> {
  /** Astro's own context (cookies, redirect…); its `clientAddress` is the TCP peer: the real client is `clientAddress` above. */
  api: APIContext;
  /** What a public endpoint's `authenticate` returned (a monitor, a task…); undefined otherwise. */
  caller: A;
  params: P;
  query: Q;
  body: B;
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
  /**
   * `false`: the route answers without opening the database (liveness must not fail because
   * PostgreSQL is away: restarting the process would not bring it back). Its handler gets no
   * `rt`/`db` and no `authenticate` runs. Default: the database is opened.
   */
  opensDatabase?: false;
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
export function definePublicEndpoint<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends BodySpec | undefined = undefined,
  A = undefined,
>(def: PublicEndpointDef<P, Q, B, A>): APIRoute {
  // A credential check needs the database: a route that skips it must not silently skip the check.
  if (def.opensDatabase === false && def.authenticate) throw new Error(`${def.action}: a route with authenticate opens the database`);
  return route(def, 'public', def.handler as Handler, def.authenticate as Authenticate | undefined, def.opensDatabase);
}

type Handler = (c: EndpointContext<SessionUser | null, unknown, unknown, unknown, unknown>) => Promise<Response | object> | Response | object;
type Authenticate = (api: APIContext, db: Db) => unknown;

function route(
  def: DefBase<Schema | undefined, Schema | undefined, BodySpec | undefined>,
  permission: Permission | null | 'public',
  handler: Handler,
  authenticate?: Authenticate,
  opensDatabase?: false,
): APIRoute {
  return async (api) => {
    const requestId = randomUUID();
    const lang = api.locals.lang;
    try {
      const user = api.locals.user;
      if (permission !== 'public') requirePermission(user, permission);
      const facts = { user, lang, requestId, clientAddress: clientAddress(api) };
      // Only a public route may skip the database (opensDatabase: false); its handler then has none.
      const base = opensDatabase === false ? offlineContext(facts) : await callerContext(facts, def.action);
      const caller = authenticate ? await authenticate(api, base.db) : undefined;
      const params = parseInput(def.params, api.params, lang);
      const query = parseInput(def.query, Object.fromEntries(api.url.searchParams), lang);
      const body = await readBody(def.body, api.request, lang);
      const out = await handler({ ...base, api, caller, params, query, body });
      return out instanceof Response ? out : Response.json(out);
    } catch (e) {
      return answerError(e, api, lang, requestId);
    }
  };
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
  const raw = isForm ? Object.fromEntries(new URLSearchParams(textBody)) : parseJsonBody(textBody, type);
  return parseInput('json' in spec ? spec.json : spec.form, raw, lang);
}
