import { z } from 'zod';
import type { Permission } from '../../../auth/permissions';
import { registeredChecks } from '../../../checks/registry';
import { pickerOptions, recordPickerKinds } from '../../../checks/pickers';
import { messages } from '../../../i18n/messages';
import { defineEndpoint } from '../../../server/endpoint';
import { HttpError } from '../../../server/http-error';
import { pageSize, text } from '../../../server/input';

export const prerender = false;

const params = z.object({
  /** Kind of record to list. */
  kind: z.enum(recordPickerKinds),
});

const query = z.object({
  /** Text the name (or e-mail, address) contains; case-insensitive. Default: all. */
  q: text(100).default(''),
  /** How many, 1–100. Default 50. */
  limit: pageSize(100, 50),
});

/** Who may list a kind: holders of the permission of any check that picks it (admin:checks otherwise). */
function permissionsFor(kind: string): Permission[] {
  const ps = registeredChecks.filter((c) => c.fields.some((f) => f.kind === kind)).map((c) => c.permission);
  return ps.length ? [...new Set(ps)] : ['admin:checks'];
}

/**
 * GET /api/pickers/<kind>?q=: ids and names of the records a check input can pick; never secrets.
 * Service-owned kinds list only what is in the caller's scope.
 */
export const GET = defineEndpoint({
  action: 'picker.list',
  permission: null,
  params,
  query,
  handler: async ({ db, user, params: p, query: q, scope, lang }) => {
    if (!permissionsFor(p.kind).some((x) => user.permissions.includes(x))) throw new HttpError(403, messages.forbidden);
    return { options: await pickerOptions(db, await scope(), p.kind, q.q, q.limit, lang) };
  },
});
