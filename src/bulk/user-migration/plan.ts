import { and, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { PgBoss } from 'pg-boss';
import type { Db } from '@/db/client';
import { services, userServiceLinks, users, type BulkRequest } from '@/db/schema';
import type { SessionUser } from '@/auth/session';
import { grantPolicy } from '@/auth/grant-policy';
import { migrationStrings } from '@/i18n/user-migration';
import type { Lang } from '@/i18n/ui';
import type { Localized } from '../types';
import { createBulkRequest } from '../requests';
import { allAssociatedIds } from './users-query';
import { userMigrationKind, type MigrationItem } from './kind';

/** Most users one migration takes. */
export const MAX_MIGRATION_USERS = 10_000;

/** What the migration form sends for the preview and the confirm, field by field (see `migrationInput` for the rule across fields). */
export const migrationFields = z.object({
  /** The service the users are associated to now. */
  originServiceId: z.number().int().positive().max(2_147_483_647),
  /** The service they go to; must differ from the origin. */
  destinationServiceId: z.number().int().positive().max(2_147_483_647),
  /** permanent (default) or temporary (returns at the start of the next day). */
  mode: z.enum(['permanent', 'temporary']).default('permanent'),
  /** Users picked one by one (ignored when `all` is set). */
  userIds: z.array(z.number().int().positive().max(2_147_483_647)).max(MAX_MIGRATION_USERS).default([]),
  /** "Select all across pages": every associated user matching `q`. Default false. */
  all: z.boolean().default(false),
  /** Name/e-mail filter used with `all`. Default ''. */
  q: z.string().max(200).default(''),
});

/** `migrationFields` with the origin and the destination told apart. */
export const migrationInput = migrationFields.refine((v) => v.originServiceId !== v.destinationServiceId, {
  path: ['destinationServiceId'],
  message: 'same-service',
});
export type MigrationInput = z.infer<typeof migrationInput>;

export interface PlannedUser {
  userId: number;
  name: string;
  email: string;
  /** Why this user would not be migrated, if so. */
  problem?: Localized;
  /** When the grant policy refused this user: why (the confirm audits it as denied). */
  refusal?: 'holds-more' | 'manages-more';
}

/**
 * The dry run of a migration: who would move and, per user, why not (already in the
 * destination, inactive, a service out of the caller's reach, no longer in the origin, or holding
 * permissions the caller lacks or managing services it does not: the grant policy). Writes nothing. Names and e-mails are given only
 * for users associated to one of the caller's services; "select all" lists nobody from a service
 * out of reach.
 */
export async function planMigration(db: Db, actor: Pick<SessionUser, 'id' | 'permissions'>, input: MigrationInput): Promise<PlannedUser[]> {
  const policy = await grantPolicy(db, actor);
  const originOk = policy.mayGiveService(input.originServiceId);
  const destinationOk = policy.mayGiveService(input.destinationServiceId);
  const ids = input.all
    ? originOk
      ? await allAssociatedIds(db, { serviceId: input.originServiceId, q: input.q }, MAX_MIGRATION_USERS)
      : []
    : [...new Set(input.userIds)];
  if (ids.length === 0) return [];
  const refusals = await policy.refusals(ids);
  const people = await db.select({ id: users.id, name: users.name, email: users.email, active: users.active }).from(users).where(inArray(users.id, ids));
  const links = await db
    .select({ userId: userServiceLinks.userId, serviceId: userServiceLinks.serviceId })
    .from(userServiceLinks)
    .where(and(inArray(userServiceLinks.userId, ids), inArray(userServiceLinks.serviceId, [input.originServiceId, input.destinationServiceId])));
  const has = new Set(links.map((l) => `${l.userId}:${l.serviceId}`));
  const byId = new Map(people.map((p) => [p.id, p]));
  return ids.map((id) => {
    const p = byId.get(id);
    const refusal = refusals.get(id);
    const visible = p && refusal !== 'out-of-scope' && refusal !== 'not-found';
    const base = { userId: id, name: visible ? p.name : '', email: visible ? p.email : '' };
    if (!p) return { ...base, problem: migrationStrings.l('unknownUser') };
    if (!originOk) return { ...base, problem: migrationStrings.l('originOutOfReach') };
    if (!destinationOk) return { ...base, problem: migrationStrings.l('destinationOutOfReach') };
    if (!has.has(`${id}:${input.originServiceId}`)) return { ...base, problem: migrationStrings.l('notInOrigin') };
    if (refusal === 'holds-more' || refusal === 'manages-more')
      return { ...base, problem: migrationStrings.l(refusal === 'holds-more' ? 'holdsMore' : 'managesMore'), refusal };
    if (has.has(`${id}:${input.destinationServiceId}`)) return { ...base, problem: migrationStrings.l('alreadyThere') };
    if (!p.active) return { ...base, problem: migrationStrings.l('inactive') };
    return base;
  });
}

/** True when both services exist. */
export async function servicesExist(db: Db, ...ids: number[]): Promise<boolean> {
  const rows = await db.select({ id: services.id }).from(services).where(inArray(services.id, ids));
  return rows.length === new Set(ids).size;
}

/**
 * Confirms a migration: plans it again and enqueues one item per user that can move (users with a
 * problem are stored as skipped items in the same transaction, so the job never touches them and
 * the result and the CSV list them). No request when
 * nobody can move.
 */
export async function confirmMigration(
  db: Db,
  boss: PgBoss | undefined,
  actor: Pick<SessionUser, 'id' | 'permissions'>,
  input: MigrationInput,
  lang: Lang,
): Promise<{ request?: BulkRequest; plan: PlannedUser[] }> {
  const plan = await planMigration(db, actor, input);
  if (!plan.some((p) => !p.problem)) return { plan };
  const request = await createBulkRequest(db, boss, {
    kind: userMigrationKind.kind,
    serviceId: input.originServiceId,
    requestedBy: actor.id,
    input: { ...input, userIds: input.all ? undefined : input.userIds.length },
    lang,
    items: plan.map((p) => {
      const payload: MigrationItem = {
        userId: p.userId,
        fromServiceId: input.originServiceId,
        toServiceId: input.destinationServiceId,
        mode: input.mode,
        byUserId: actor.id,
      };
      return { key: `user:${p.userId}`, label: p.email || String(p.userId), payload, skipped: p.problem };
    }),
  });
  return { request, plan };
}
