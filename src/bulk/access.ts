import type { Scope } from '../auth/scope';
import type { BulkRequest } from '../db/schema';

/**
 * Who may see a bulk request (status, progress, failures) and cancel it: the requester, a caller
 * whose scope is every service, or one whose scope holds the request's service. A request of no
 * single service (an import across several) is the requester's and the admins'.
 */
export function canAccessBulkRequest(scope: Scope, user: { id: number }, request: Pick<BulkRequest, 'requestedBy' | 'serviceId'>): boolean {
  return request.requestedBy === user.id || scope.all || scope.has(request.serviceId);
}
