import { z } from 'zod';
import { accessibleRequest } from '@/bulk/accessible-request';
import { createdUsers } from '@/bulk/user-import/created';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { pageSize, uuid } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * The users an import created (name, e-mail, profile, service) and the license pool now, for the
 * import's summary (the requester, or a supervisor of the request's service). 404 for an unknown
 * request or one that is not an import.
 */
export const importCreated = defineOperation({
  action: 'bulk.user-import.created',
  permission: 'manage:user-import',
  input: z.object({
    /** The import request (UUID). */
    id: uuid(),
    /** How many users, in file order, 1–500. Default 100. */
    limit: pageSize(500, 100),
  }),
  handler: async (c) => {
    const request = await accessibleRequest({ ...c, params: { id: c.input.id } }, 'bulk.user-import.created');
    if (request.kind !== 'user-import') throw new HttpError(404, messages.notFound);
    return createdUsers(c.db, request.id, c.lang, c.input.limit);
  },
});
