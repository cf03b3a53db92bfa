import { audit, type AuditEntry } from '../audit/record';
import { loadScope, type Scope } from '../auth/scope';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import type { Localized } from '../i18n/localized';
import { messages } from '../i18n/messages';
import type { Lang } from '../i18n/ui';
import { HttpError } from './http-error';
import { getRuntime, type Runtime } from './runtime';

/** What every handler gets about its caller and the request, whichever door it came through (REST or Action). */
export interface CallerContext<U extends SessionUser | null = SessionUser> {
  /** The caller: a signed-in user holding the permission, except on public endpoints. */
  user: U;
  /** The language answers are written in (bound once per request by the middleware). */
  lang: Lang;
  /** Names this request in the log and in a 500 answer. */
  requestId: string;
  /** The address the request came from. */
  clientAddress: string;
  rt: Runtime;
  db: Db;
  /** The caller's scope (loaded once per request). */
  scope(): Promise<Scope>;
  /**
   * The scope, after checking that `serviceId` is in it; otherwise a 403 with `refusal` (default:
   * "a service you do not manage"), audited as the operation's action with outcome `denied`.
   */
  requireService(serviceId: number | null | undefined, refusal?: Localized): Promise<Scope>;
  /** Writes an audit record as the caller, from the caller's address. */
  audit(entry: Omit<AuditEntry, 'actor' | 'ip'>): Promise<void>;
}

/** The request as both doors know it. */
export interface RequestFacts<U extends SessionUser | null> {
  user: U;
  lang: Lang;
  requestId: string;
  clientAddress: string;
}

/** Builds the caller context of a request whose caller was already checked (who), for the audit `action`. */
export async function callerContext<U extends SessionUser | null>(facts: RequestFacts<U>, action: string): Promise<CallerContext<U>> {
  const rt = await getRuntime();
  const db = rt.handle.db;
  const { user, clientAddress } = facts;
  let scope: Promise<Scope> | undefined;
  const c: CallerContext<U> = {
    ...facts,
    rt,
    db,
    scope: () => {
      if (!user) throw new HttpError(401, messages.unauthorized);
      return (scope ??= loadScope(db, user));
    },
    async requireService(serviceId, refusal = messages.outOfScope) {
      const s = await c.scope();
      if (s.has(serviceId)) return s;
      await audit(db, { actor: user, action, target: serviceId == null ? undefined : `service:${serviceId}`, outcome: 'denied', ip: clientAddress });
      throw new HttpError(403, refusal);
    },
    audit: (entry) => audit(db, { ...entry, actor: user, ip: clientAddress }),
  };
  return c;
}

/** The context of a public route that answers without the database (liveness): no `rt`, no `db`, no scope. */
export function offlineContext(facts: RequestFacts<SessionUser | null>): CallerContext<SessionUser | null> {
  const none = () => {
    throw new Error('This route answers without the database (opensDatabase: false).');
  };
  return { ...facts, rt: undefined as unknown as Runtime, db: undefined as unknown as Db, scope: none, requireService: none, audit: none };
}
