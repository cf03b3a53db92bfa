import { or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import { bulkRequests, type BulkRequest } from '../db/schema';

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/**
 * The services a bulk request touches besides its own (`service_id`): a user migration's
 * destination (the request is kept under its origin), an import's services (it is kept under one
 * only when all its users join the same). Read from the stored input: `confirmMigration` writes
 * `destinationServiceId`, `confirmImport` writes `services`.
 */
export function otherServiceIds(request: Pick<BulkRequest, 'kind' | 'input'>): number[] {
  if (!request.input || typeof request.input !== 'object') return [];
  const input = request.input as Record<string, unknown>;
  if (request.kind === 'user-migration') return positive(input.destinationServiceId) ? [input.destinationServiceId] : [];
  if (request.kind === 'user-import' && Array.isArray(input.services)) return input.services.filter(positive).slice(0, 1000);
  return [];
}

/** SQL twin of a migration's destination in `otherServiceIds`, else null. */
export const destinationServiceSql: SQL<number | null> = sql<number | null>`(case when ${bulkRequests.kind} = 'user-migration'
  and jsonb_typeof(${bulkRequests.input} -> 'destinationServiceId') = 'number'
  then (${bulkRequests.input} ->> 'destinationServiceId')::int end)`;

/** SQL: the request touches service `id` (its own, a migration's destination, one of an import's services). */
export function touchesServiceSql(id: number): SQL {
  return sql`(${bulkRequests.serviceId} = ${id} or ${destinationServiceSql} = ${id}
    or (${bulkRequests.kind} = 'user-import' and jsonb_typeof(${bulkRequests.input} -> 'services') = 'array'
        and (${bulkRequests.input} -> 'services') @> jsonb_build_array(${id}::int)))`;
}

/** SQL: the request touches a service of `scope`. */
export function touchesScopeSql(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  return or(...scope.serviceIds.map(touchesServiceSql)) ?? sql`false`;
}
