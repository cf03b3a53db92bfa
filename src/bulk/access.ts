import type { Scope } from '../auth/scope';
import type { BulkRequest } from '../db/schema';
import { otherServiceIds } from './touched-services';

/**
 * Who may see a bulk request (status, progress, failures) and cancel it: the requester, a caller
 * whose scope is every service, or one whose scope holds a service the request touches (its own,
 * and a migration's destination). A request of no single service (an import across several) is
 * the requester's and the admins'.
 */
export function canAccessBulkRequest(
  scope: Scope,
  user: { id: number },
  request: Pick<BulkRequest, 'requestedBy' | 'serviceId'> & Partial<Pick<BulkRequest, 'kind' | 'input'>>,
): boolean {
  if (request.requestedBy === user.id || scope.all || scope.has(request.serviceId)) return true;
  return request.kind !== undefined && otherServiceIds({ kind: request.kind, input: request.input }).some((id) => scope.has(id));
}
