import { and, inArray } from 'drizzle-orm';
import { users } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { migrationStrings } from '@/i18n/user-migration';
import type { CallerContext } from '@/server/caller-context';
import { HttpError } from '@/server/http-error';
import { servicesExist, type MigrationInput } from './plan';

type Ctx = Pick<CallerContext, 'db' | 'requireService' | 'scope'>;

/**
 * The rules of a migration's input (already parsed field by field) that span fields or need the
 * database: 400 with a clear message for the same service twice or nobody selected; 403 (audited)
 * when the origin or the destination is outside the caller's scope; 404 for unknown services.
 */
export async function checkMigration(c: Ctx, input: MigrationInput): Promise<MigrationInput> {
  if (input.originServiceId === input.destinationServiceId) throw new HttpError(400, migrationStrings.l('sameService'));
  if (!input.all && input.userIds.length === 0) throw new HttpError(400, migrationStrings.l('nothingSelected'));
  await c.requireService(input.originServiceId, migrationStrings.l('originOutOfReach'));
  await c.requireService(input.destinationServiceId, migrationStrings.l('destinationOutOfReach'));
  if (!(await servicesExist(c.db, input.originServiceId, input.destinationServiceId))) throw new HttpError(404, messages.notFound);
  return input;
}

/**
 * Of `ids`, those whose name and e-mail the caller may read: users associated to a service in its
 * scope. A plan's problems name the others by id only.
 */
export async function visibleUserIds(c: Pick<Ctx, 'db' | 'scope'>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const scope = await c.scope();
  const rows = await c.db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...new Set(ids)]), scope.users(users.id)));
  return new Set(rows.map((r) => r.id));
}
