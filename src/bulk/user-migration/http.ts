import { and, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../auth/session';
import { users } from '../../db/schema';
import { messages } from '../../i18n/messages';
import { migrationStrings } from '../../i18n/user-migration';
import { fieldErrors } from '../../checks/input-errors';
import type { EndpointContext } from '../../server/endpoint';
import { HttpError } from '../../server/http-error';
import { migrationInput, servicesExist, type MigrationInput } from './plan';

type Ctx = Pick<EndpointContext<SessionUser, unknown, unknown, unknown>, 'db' | 'lang' | 'requireService' | 'scope'>;

/**
 * The body of the migration preview and confirm: 400 with a clear message for the same service
 * twice or nobody selected, per-field messages otherwise; 403 (audited) when the origin or the
 * destination is outside the caller's scope; 404 for unknown services.
 */
export async function readMigration(c: Ctx, raw: unknown): Promise<MigrationInput> {
  const body = migrationInput.safeParse(raw);
  if (!body.success) {
    if (body.error.issues.some((i) => i.message === 'same-service')) throw new HttpError(400, migrationStrings.l('sameService'));
    throw new HttpError(400, messages.badRequest, { fields: fieldErrors(body.error, c.lang) });
  }
  if (!body.data.all && body.data.userIds.length === 0) throw new HttpError(400, migrationStrings.l('nothingSelected'));
  await c.requireService(body.data.originServiceId, migrationStrings.l('originOutOfReach'));
  await c.requireService(body.data.destinationServiceId, migrationStrings.l('destinationOutOfReach'));
  if (!(await servicesExist(c.db, body.data.originServiceId, body.data.destinationServiceId))) throw new HttpError(404, messages.notFound);
  return body.data;
}

/**
 * Of `ids`, those whose name and e-mail the caller may read: users associated to a service in its
 * scope. A plan's problems name the others by id only.
 */
export async function visibleUserIds(c: Pick<Ctx, 'db' | 'scope'>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const scope = await c.scope();
  const rows = await c.db.select({ id: users.id }).from(users).where(and(inArray(users.id, [...new Set(ids)]), scope.users(users.id)));
  return new Set(rows.map((r) => r.id));
}
