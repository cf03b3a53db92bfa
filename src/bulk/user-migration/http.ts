import type { APIContext } from 'astro';
import { z } from 'zod';
import { guardEndpoint, jsonError } from '../../auth/guard';
import { managedServiceIds, type SessionUser } from '../../auth/session';
import type { Db } from '../../db/client';
import { requestLang } from '../../i18n/request-lang';
import { mt } from '../../i18n/user-migration';
import type { Lang } from '../../i18n/ui';
import { getRuntime } from '../../server/runtime';
import { migrationInput, servicesExist, type MigrationInput } from './plan';

/**
 * Guard + body of the migration preview and confirm: 401/403 (manage:user-migration), 400 with
 * field messages for a bad body, 404 for unknown services.
 */
export async function readMigrationRequest(ctx: APIContext): Promise<Response | { user: SessionUser; db: Db; input: MigrationInput; lang: Lang }> {
  const user = guardEndpoint(ctx, 'manage:user-migration');
  if (user instanceof Response) return user;
  const lang = requestLang(ctx.request);
  const body = migrationInput.safeParse(await ctx.request.json().catch(() => null));
  if (!body.success) {
    const same = body.error.issues.some((i) => i.message === 'same-service');
    return same ? Response.json({ error: mt('sameService')[lang] }, { status: 400 }) : jsonError(ctx, 400, 'badRequest', { fields: z.flattenError(body.error).fieldErrors });
  }
  if (!body.data.all && body.data.userIds.length === 0) return Response.json({ error: mt('nothingSelected')[lang] }, { status: 400 });
  const { db } = (await getRuntime()).handle;
  if (!(await servicesExist(db, body.data.originServiceId, body.data.destinationServiceId))) return jsonError(ctx, 404, 'notFound');
  return { user, db, input: body.data, lang };
}

/** 403 `outOfScope` unless the user manages `serviceId` (admins manage all). */
export async function requireServiceInReach(ctx: APIContext, db: Db, user: SessionUser, serviceId: number): Promise<Response | null> {
  const scope = await managedServiceIds(db, user);
  if (scope === 'all' || scope.includes(serviceId)) return null;
  return jsonError(ctx, 403, 'outOfScope');
}
