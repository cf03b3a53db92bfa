import type { Db } from '../db/client';
import type { BulkRequest } from '../db/schema';
import { managedServiceIds, type SessionUser } from '../auth/session';

/**
 * Who may see a bulk request (status, progress, failures) and cancel it: the requester, admins
 * (admin:all-services), or supervisors who manage the request's service.
 */
export async function canAccessBulkRequest(db: Db, user: Pick<SessionUser, 'id' | 'permissions'>, request: BulkRequest): Promise<boolean> {
  if (request.requestedBy === user.id) return true;
  const managed = await managedServiceIds(db, user);
  if (managed === 'all') return true;
  return request.serviceId != null && managed.includes(request.serviceId);
}
