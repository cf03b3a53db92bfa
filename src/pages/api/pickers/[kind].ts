import type { APIRoute } from 'astro';
import { z } from 'zod';
import { guardEndpoint, jsonError } from '../../../auth/guard';
import { registeredChecks } from '../../../checks/registry';
import { pickerOptions, recordPickerKinds } from '../../../checks/pickers';
import { fieldErrors } from '../../../checks/input-errors';
import { requestLang } from '../../../i18n/request-lang';
import { getRuntime } from '../../../server/runtime';
import type { Permission } from '../../../auth/permissions';

export const prerender = false;

const query = z.object({
  /** Kind of record to list. */
  kind: z.enum(recordPickerKinds),
  /** Text the name (or e-mail, address) contains; case-insensitive. Default: all. */
  q: z.string().max(100).default(''),
  /** How many, 1–100. Default 50. */
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** Who may list a kind: holders of the permission of any check that picks it (admin:checks otherwise). */
function permissionsFor(kind: string): Permission[] {
  const ps = registeredChecks.filter((c) => c.fields.some((f) => f.kind === kind)).map((c) => c.permission);
  return ps.length ? [...new Set(ps)] : ['admin:checks'];
}

/** GET /api/pickers/<kind>?q=: ids and names of the records a check input can pick; never secrets. */
export const GET: APIRoute = async (ctx) => {
  const user = guardEndpoint(ctx, null);
  if (user instanceof Response) return user;
  const parsed = query.safeParse({ ...Object.fromEntries(ctx.url.searchParams), kind: ctx.params.kind });
  if (!parsed.success) return jsonError(ctx, 400, 'badRequest', { fields: fieldErrors(parsed.error, requestLang(ctx.request)) });
  if (!permissionsFor(parsed.data.kind).some((p) => user.permissions.includes(p))) return jsonError(ctx, 403, 'forbidden');
  const { db } = (await getRuntime()).handle;
  return Response.json({ options: await pickerOptions(db, parsed.data.kind, parsed.data.q, parsed.data.limit) });
};
