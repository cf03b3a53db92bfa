import { z } from 'zod';
import type { Permission } from '@/auth/permissions';
import { pickerOptions, recordPickerKinds } from '@/checks/pickers';
import { registeredChecks } from '@/checks/registry';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { pageSize, text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/** Who may list a kind: holders of the permission of any check that picks it (admin:checks otherwise). */
function permissionsFor(kind: string): Permission[] {
  const ps = registeredChecks.filter((c) => c.fields.some((f) => f.kind === kind)).map((c) => c.permission);
  return ps.length ? [...new Set(ps)] : ['admin:checks'];
}

/**
 * Ids and names of the records a check input can pick (never secrets); service-owned kinds list
 * only what is in the caller's scope. Needs the permission of any check that picks that kind (the
 * permission is one of several, so it is checked here rather than as the operation's permission).
 */
export const pickerList = defineOperation({
  action: 'picker.list',
  permission: null,
  input: z.object({
    /** Kind of record to list. */
    kind: z.enum(recordPickerKinds),
    /** Text the name (or e-mail, address) contains; case-insensitive. Default: all. */
    q: text(100).default(''),
    /** How many, 1–100. Default 50. */
    limit: pageSize(100, 50),
  }),
  handler: async ({ db, user, input, scope, lang }) => {
    if (!permissionsFor(input.kind).some((x) => user.permissions.includes(x))) throw new HttpError(403, messages.forbidden);
    return { options: await pickerOptions(db, await scope(), input.kind, input.q, input.limit, lang) };
  },
});
