import type { z } from 'zod';
import type { Permission } from '../auth/permissions';
import type { SessionUser } from '../auth/session';
import { callerContext, type CallerContext, type RequestFacts } from './caller-context';
import { parseInput, requirePermission } from './parse-input';

/** The permission an operation needs: one (null: any signed-in user), or one worked out from its input (a check's id). */
export type PermissionOf<I> = Permission | null | ((input: I) => Permission | null);

/** What an operation's handler gets: the checked caller and its parsed, bounded input. */
export interface OperationContext<I> extends CallerContext<SessionUser> {
  input: I;
}

/** An operation as written: see `defineOperation`. */
export interface OperationDef<S extends z.ZodType, O> {
  /** Audit action of refusals and of the handler's own records, e.g. `mailbox.update`. */
  action: string;
  /** Who may call it (checked before any input is read when it is not a function of the input). */
  permission: PermissionOf<z.output<S>>;
  /**
   * The whole input as one bounded zod object: route parameters, query and body fields together.
   * Query strings arrive as text, so numbers and booleans read from a query use `z.coerce`/`queryBool`.
   */
  input: S;
  /** Largest body accepted, in bytes (default 1 MB). */
  maxBytes?: number;
  /** The work; its result is sent as JSON (dates as ISO strings) by both doors. Throw `HttpError` to refuse. */
  handler: (c: OperationContext<z.output<S>>) => Promise<O> | O;
}

/** A defined operation: one definition, two doors (`operationRoute` for REST, `operationAction` for islands). */
export type Operation<S extends z.ZodType, O> = Readonly<OperationDef<S, O>> & { readonly kind: 'operation' };

/**
 * Defines an operation once on the shared core: who may call it, its bounded input, its handler.
 * `src/actions/<family>.ts` exposes it to islands with `operationAction(op)` (typed by Astro:
 * `actions.family.name(input)`), and a file under `src/pages/api/` exposes it to machines with
 * `operationRoute(op, …)`. Neither door adds logic: everything is here.
 */
export function defineOperation<S extends z.ZodType, O>(def: OperationDef<S, O>): Operation<S, O> {
  return { ...def, kind: 'operation' };
}

/** The permission the operation needs before its input is known (undefined: it depends on the input). */
export function upfrontPermission(op: Operation<z.ZodType, unknown>): Permission | null | undefined {
  return typeof op.permission === 'function' ? undefined : op.permission;
}

/**
 * Runs `op` for the request described by `facts` with the unparsed input `raw`. In order: who (401
 * signed out, 403 without the permission), what (the input schema; 400 with per-field messages in
 * the caller's language), the permission the input names, then the handler with the caller's
 * context (scope on demand, audited refusals). Refusals are thrown as `HttpError`.
 */
export async function runOperation<S extends z.ZodType, O>(op: Operation<S, O>, facts: RequestFacts<SessionUser | null>, raw: unknown): Promise<O> {
  const user = facts.user;
  requirePermission(user, typeof op.permission === 'function' ? null : op.permission);
  const input = parseInput(op.input, raw, facts.lang) as z.output<S>;
  if (typeof op.permission === 'function') requirePermission(user, op.permission(input));
  const c = await callerContext({ ...facts, user }, op.action);
  return op.handler({ ...c, input });
}
