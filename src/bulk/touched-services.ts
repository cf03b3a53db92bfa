import { or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import { bulkRequests, type BulkRequest } from '../db/schema';

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/**
 * The services a bulk request touches besides its own (`service_id`): a user migration's
 * destination (the request is kept under its origin), read from the stored input, which
 * `confirmMigration` writes with `destinationServiceId`. An import whose users join several
 * services has no service of its own and stays its requester's and the admins' (its failures name
 * e-mails whose service is no longer known once the payloads are erased).
 */
export function otherServiceIds(request: Pick<BulkRequest, 'kind' | 'input'>): number[] {
  if (request.kind !== 'user-migration' || !request.input || typeof request.input !== 'object') return [];
  const d = (request.input as Record<string, unknown>).destinationServiceId;
  return positive(d) ? [d] : [];
}

/** SQL twin of a migration's destination in `otherServiceIds`, else null. */
export const destinationServiceSql: SQL<number | null> = sql<number | null>`(case when ${bulkRequests.kind} = 'user-migration'
  and jsonb_typeof(${bulkRequests.input} -> 'destinationServiceId') = 'number'
  then (${bulkRequests.input} ->> 'destinationServiceId')::int end)`;

/** SQL: the request touches service `id` (its own, or a migration's destination). */
export function touchesServiceSql(id: number): SQL {
  return sql`(${bulkRequests.serviceId} = ${id} or ${destinationServiceSql} = ${id})`;
}

/** SQL: the request touches a service of `scope`. */
export function touchesScopeSql(scope: Scope): SQL {
  return or(scope.services(bulkRequests.serviceId), scope.services(destinationServiceSql))!;
}
