import { z } from 'zod';
import type { SessionUser } from '../auth/session';
import type { BulkRequest } from '../db/schema';
import { messages } from '../i18n/messages';
import type { EndpointContext } from '../server/endpoint';
import { HttpError } from '../server/http-error';
import { uuid } from '../server/input';
import { canAccessBulkRequest } from './access';
import { getBulkRequest } from './requests';

/** Route params of /api/bulk/<id>/…: a request id is a UUID. */
export const bulkRequestParams = z.object({
  /** The bulk request's id (UUID). */
  id: uuid(),
});

type Ctx = Pick<EndpointContext<SessionUser, z.output<typeof bulkRequestParams>, unknown, unknown>, 'db' | 'user' | 'params' | 'scope' | 'audit'>;

/**
 * The request named by the route, for the /api/bulk/<id>/ endpoints: 404 unknown, 403 (audited as
 * `action`) when the caller is neither its requester nor in scope of its service.
 */
export async function accessibleRequest(c: Ctx, action: string): Promise<BulkRequest> {
  const request = await getBulkRequest(c.db, c.params.id);
  if (!request) throw new HttpError(404, messages.notFound);
  if (canAccessBulkRequest(await c.scope(), c.user, request)) return request;
  await c.audit({ action, target: `bulk-request:${request.id}`, outcome: 'denied' });
  throw new HttpError(403, messages.forbidden);
}
